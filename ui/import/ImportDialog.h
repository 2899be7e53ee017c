#pragma once

#include "ImportJob.h"

#include <QDialog>
#include <QPointer>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QWidget;

namespace accord {

class ColumnMappingModel;
class ImportFile;
class ImportProblemModel;
class Workspace;

// File ▸ Import CRM Export: the user picks one or more export files (leads and their opportunities), checks how
// each is read — encoding, delimiter, date order, time zone, the column of each field, the link from deals to
// leads — runs a check that lists every row that cannot be read, and then imports, on a worker thread with a
// progress bar and Cancel. Nothing is written unless every file goes in (or the user chose the good rows only).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void addFiles(const QStringList& paths);
    bool isWorking() const;
    // Closing cancels a running import and waits for its rollback.
    void reject() override;

Q_SIGNALS:
    // True while a worker holds the workspace's write transaction: edits elsewhere must wait until it is false.
    void writingChanged(bool writing);

private:
    ImportFile* currentFile() const;
    void chooseFiles();
    void removeFile();
    void showCurrentFile();
    void fileSettingChanged();
    void mappingSourceChanged();
    void linkKeyChanged();
    void invalidateCheck();
    void start(ImportJob::Purpose purpose);
    void jobFinished();
    void cancel();
    void updateButtons();
    QList<ImportJob::File> jobFiles() const;

    Workspace& m_workspace;
    std::vector<std::unique_ptr<ImportFile>> m_files;
    QPointer<ImportJob> m_job;
    bool m_showing = false;
    bool m_checked = false;
    bool m_checkFoundProblems = false;
    int m_checkedGoodRows = 0;

    QListWidget* m_fileList;
    QPushButton* m_remove;
    QWidget* m_setup;
    QComboBox* m_kind;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QComboBox* m_dateFormat;
    QLabel* m_dateNotice;
    QComboBox* m_timeZone;
    QComboBox* m_mappingSource;
    QComboBox* m_linkKey;
    QLabel* m_fileProblem;
    ColumnMappingModel* m_mapping;
    QTableView* m_mappingTable;
    QLabel* m_summary;
    ImportProblemModel* m_problems;
    QTableView* m_problemTable;
    QCheckBox* m_goodRowsOnly;
    QProgressBar* m_progress;
    QPushButton* m_check;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace accord
