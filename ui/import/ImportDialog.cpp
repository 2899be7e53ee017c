#include "ImportDialog.h"

#include "ColumnMappingModel.h"
#include "ImportFieldText.h"
#include "ImportFile.h"
#include "ImportProblemModel.h"
#include "common/ChoiceDelegate.h"
#include "common/TableColumns.h"
#include "import/ImportPresets.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

namespace accord {
namespace {

QTableView* plainTable(const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QComboBox* combo(const QString& name, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

ImportDialog::ImportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_fileList(new QListWidget(this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_setup(new QWidget(this)),
      m_kind(combo(QStringLiteral("importKind"), this)), m_encoding(combo(QStringLiteral("importEncoding"), this)),
      m_delimiter(combo(QStringLiteral("importDelimiter"), this)),
      m_dateFormat(combo(QStringLiteral("importDateFormat"), this)), m_dateNotice(new QLabel(this)),
      m_timeZone(combo(QStringLiteral("importTimeZone"), this)),
      m_mappingSource(combo(QStringLiteral("importMappingSource"), this)),
      m_linkKey(combo(QStringLiteral("importLinkKey"), this)), m_fileProblem(new QLabel(this)),
      m_mapping(new ColumnMappingModel(this)), m_mappingTable(plainTable(QStringLiteral("importMapping"), this)),
      m_summary(new QLabel(this)), m_problems(new ImportProblemModel(this)),
      m_problemTable(plainTable(QStringLiteral("importProblems"), this)),
      m_goodRowsOnly(new QCheckBox(tr("Import the good rows only, leaving out the rows listed above"), this)),
      m_progress(new QProgressBar(this)), m_check(new QPushButton(tr("Check"), this)),
      m_import(new QPushButton(tr("Import"), this)), m_cancel(new QPushButton(tr("Cancel Import"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import CRM Export"));
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    m_remove->setObjectName(QStringLiteral("importRemoveFile"));
    m_dateNotice->setObjectName(QStringLiteral("importDateNotice"));
    m_fileProblem->setObjectName(QStringLiteral("importFileProblem"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_goodRowsOnly->setObjectName(QStringLiteral("importGoodRowsOnly"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_import->setObjectName(QStringLiteral("importRun"));
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_close->setObjectName(QStringLiteral("importClose"));

    m_kind->addItem(displayName(CrmRecordKind::Lead), int(CrmRecordKind::Lead));
    m_kind->addItem(displayName(CrmRecordKind::Opportunity), int(CrmRecordKind::Opportunity));
    for (TextEncoding encoding : enumValues<TextEncoding>())
        m_encoding->addItem(ImportFieldText::encodingName(encoding), int(encoding));
    for (QChar delimiter : {QChar(), QChar(u','), QChar(u';'), QChar(u'\t')})
        m_delimiter->addItem(ImportFieldText::delimiterName(delimiter),
                             delimiter.isNull() ? QString() : QString(delimiter));
    m_dateFormat->addItem(tr("Detect"), -1);
    for (DateFormat format : enumValues<DateFormat>())
        m_dateFormat->addItem(ImportFieldText::dateFormatName(format), int(format));
    m_timeZone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_mappingSource->addItem(QString());
    for (const QString& preset : ImportPresets::names())
        m_mappingSource->addItem(tr("The %1 preset").arg(preset), preset);
    m_dateNotice->setWordWrap(true);
    m_dateNotice->setStyleSheet(QStringLiteral("color: #a0520a; font-weight: bold"));
    m_fileProblem->setWordWrap(true);
    m_fileProblem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_summary->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%p%"));
    m_progress->hide();
    m_cancel->hide();
    m_goodRowsOnly->hide();

    m_mappingTable->setModel(m_mapping);
    m_mappingTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingTable->setItemDelegateForColumn(
        ColumnMappingModel::FileColumn, new ChoiceDelegate(
                                            [this] {
                                                QList<ChoiceDelegate::Choice> choices{{tr("— not in this file —"), 0}};
                                                if (const ImportFile* file = currentFile())
                                                    for (qsizetype i = 0; i < file->header().size(); ++i)
                                                        choices.append({file->header().at(i), Id(i + 1)});
                                                return choices;
                                            },
                                            this));
    TableColumns::setWidths(m_mappingTable, {{ColumnMappingModel::Field, 16},
                                             {ColumnMappingModel::FileColumn, 18},
                                             {ColumnMappingModel::FirstValue, 14},
                                             {ColumnMappingModel::FirstValue + 1, 14}});
    m_problemTable->setModel(m_problems);
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableColumns::setWidths(
        m_problemTable,
        {{ImportProblemModel::File, 14}, {ImportProblemModel::Line, 4}, {ImportProblemModel::ColumnName, 12}});

    auto* addFiles = new QPushButton(tr("Add Files…"), this);
    addFiles->setObjectName(QStringLiteral("importAddFiles"));
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch(1);
    auto* filesBox = new QGroupBox(tr("Files of the export: leads and their opportunities"), this);
    auto* filesLayout = new QHBoxLayout(filesBox);
    filesLayout->addWidget(m_fileList, 1);
    filesLayout->addLayout(fileButtons);
    m_fileList->setMaximumHeight(m_fileList->fontMetrics().height() * 5);

    auto* form = new QFormLayout;
    form->addRow(tr("Each row is"), m_kind);
    form->addRow(tr("Encoding"), m_encoding);
    form->addRow(tr("Delimiter"), m_delimiter);
    form->addRow(tr("Dates"), m_dateFormat);
    form->addRow(QString(), m_dateNotice);
    form->addRow(tr("Time zone of the file"), m_timeZone);
    form->addRow(tr("Mapping"), m_mappingSource);
    form->addRow(tr("Link to the leads file"), m_linkKey);
    auto* setupLayout = new QHBoxLayout(m_setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    auto* formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addWidget(m_fileProblem);
    formColumn->addStretch(1);
    setupLayout->addLayout(formColumn);
    setupLayout->addWidget(m_mappingTable, 1);

    auto* resultBox = new QGroupBox(tr("Check"), this);
    auto* resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_problemTable, 1);
    resultLayout->addWidget(m_goodRowsOnly);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch(0);
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(filesBox);
    layout->addWidget(m_setup, 3);
    layout->addWidget(resultBox, 2);
    layout->addLayout(buttons);
    resize(1500, 950);

    connect(addFiles, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeFile);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &ImportDialog::showCurrentFile);
    for (QComboBox* box : {m_kind, m_encoding, m_delimiter, m_dateFormat})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::fileSettingChanged);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &ImportDialog::fileSettingChanged);
    connect(m_mappingSource, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingSourceChanged);
    connect(m_linkKey, &QComboBox::currentIndexChanged, this, &ImportDialog::linkKeyChanged);
    connect(m_mapping, &ColumnMappingModel::mappingChanged, this, [this] {
        showCurrentFile();
        invalidateCheck();
    });
    connect(m_goodRowsOnly, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    connect(m_check, &QPushButton::clicked, this, [this] { start(ImportJob::Purpose::Check); });
    connect(m_import, &QPushButton::clicked, this, [this] { start(ImportJob::Purpose::Import); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    showCurrentFile();
    invalidateCheck();
}

ImportDialog::~ImportDialog()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

bool ImportDialog::isWorking() const
{
    return m_job && m_job->isRunning();
}

ImportFile* ImportDialog::currentFile() const
{
    const int row = m_fileList->currentRow();
    return row >= 0 && row < int(m_files.size()) ? m_files.at(std::size_t(row)).get() : nullptr;
}

void ImportDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import CRM Export"), QString(),
                                                            tr("CRM exports (*.csv *.tsv *.txt);;All files (*)"));
    addFiles(paths);
}

void ImportDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (std::any_of(m_files.cbegin(), m_files.cend(), [&](const auto& f) { return f->path() == absolute; }))
            continue;
        auto file = std::make_unique<ImportFile>();
        if (file->read(absolute)) {
            // The mapping saved for this header, else the preset that fits it, is offered without asking.
            QString error;
            if (auto choice = ImportMappingChoice::resolve(m_workspace, QString(), file->header(), &error))
                file->setChoice(*choice);
            else
                file->choice().name = QFileInfo(absolute).completeBaseName();
        }
        m_fileList->addItem(file->fileName());
        m_files.push_back(std::move(file));
    }
    if (!m_files.empty())
        m_fileList->setCurrentRow(int(m_files.size()) - 1);
    invalidateCheck();
}

void ImportDialog::removeFile()
{
    const int row = m_fileList->currentRow();
    if (row < 0 || row >= int(m_files.size()))
        return;
    m_files.erase(m_files.begin() + row);
    delete m_fileList->takeItem(row);
    invalidateCheck();
}

void ImportDialog::showCurrentFile()
{
    ImportFile* file = currentFile();
    m_showing = true;
    m_mapping->setFile(file && file->problem().isEmpty() ? file : nullptr);
    m_setup->setEnabled(file != nullptr);
    m_remove->setEnabled(file != nullptr);
    m_fileProblem->setVisible(file && !file->problem().isEmpty());
    m_dateNotice->hide();
    if (file) {
        const ImportMappingDefinition& mapping = file->mapping();
        m_fileProblem->setText(file->problem());
        m_kind->setCurrentIndex(m_kind->findData(int(mapping.kind)));
        m_encoding->setItemText(0,
                                tr("Detect (found: %1)").arg(ImportFieldText::encodingName(file->detectedEncoding())));
        m_encoding->setCurrentIndex(m_encoding->findData(int(mapping.encoding)));
        m_delimiter->setItemText(
            0, tr("Detect (found: %1)").arg(ImportFieldText::delimiterName(file->detectedDelimiter())));
        m_delimiter->setCurrentIndex(
            m_delimiter->findData(mapping.delimiter.isNull() ? QString() : QString(mapping.delimiter)));
        m_dateFormat->setCurrentIndex(m_dateFormat->findData(mapping.dateFormat ? int(*mapping.dateFormat) : -1));
        if (file->datesAmbiguous()) {
            m_dateNotice->setText(file->needsDateFormat()
                                      ? tr("The dates read both day first and month first. Choose their order; the "
                                           "table shows the first rows read with it.")
                                      : tr("The dates could be read either way: check the first rows in the table."));
            m_dateNotice->show();
        }
        m_timeZone->setCurrentText(mapping.timeZone);
        m_mappingSource->setItemText(0, file->choice().description.isEmpty()
                                            ? tr("No saved mapping or preset fits: map the columns")
                                            : tr("Offered: %1").arg(file->choice().description));
        m_mappingSource->setCurrentIndex(0);
        m_linkKey->clear();
        m_linkKey->addItem(tr("— none —"), -1);
        for (qsizetype i = 0; i < file->header().size(); ++i)
            m_linkKey->addItem(file->header().at(i), int(i));
        const QString link = mapping.columns.value(ImportField::ParentId);
        const qsizetype linked = file->header().indexOf(link);
        m_linkKey->setCurrentIndex(m_linkKey->findData(int(linked)));
        m_linkKey->setEnabled(mapping.kind == CrmRecordKind::Opportunity);
    }
    m_showing = false;
}

void ImportDialog::fileSettingChanged()
{
    ImportFile* file = currentFile();
    if (m_showing || !file)
        return;
    ImportMappingDefinition& mapping = file->mapping();
    const TextEncoding encoding = TextEncoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    const QChar chosenDelimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    const bool reread = encoding != mapping.encoding || chosenDelimiter != mapping.delimiter;
    mapping.kind = CrmRecordKind(m_kind->currentData().toInt());
    mapping.encoding = encoding;
    mapping.delimiter = chosenDelimiter;
    const int format = m_dateFormat->currentData().toInt();
    mapping.dateFormat = format < 0 ? std::nullopt : std::optional<DateFormat>(DateFormat(format));
    if (QTimeZone(m_timeZone->currentText().toUtf8()).isValid())
        mapping.timeZone = m_timeZone->currentText();
    if (reread)
        file->reread();
    showCurrentFile();
    m_mapping->refresh();
    invalidateCheck();
}

void ImportDialog::mappingSourceChanged()
{
    ImportFile* file = currentFile();
    const QString preset = m_mappingSource->currentData().toString();
    if (m_showing || !file || preset.isEmpty())
        return;
    QString error;
    if (auto choice = ImportMappingChoice::resolve(m_workspace, preset, file->header(), &error)) {
        file->setChoice(*choice);
        m_fileProblem->hide();
    } else {
        m_fileProblem->setText(error);
        m_fileProblem->show();
        return;
    }
    showCurrentFile();
    m_mappingSource->setItemText(0, tr("Offered: %1").arg(file->choice().description));
    invalidateCheck();
}

void ImportDialog::linkKeyChanged()
{
    ImportFile* file = currentFile();
    if (m_showing || !file)
        return;
    const int column = m_linkKey->currentData().toInt();
    if (column < 0)
        file->mapping().columns.remove(ImportField::ParentId);
    else
        file->mapping().columns.insert(ImportField::ParentId, file->header().at(column));
    m_mapping->setFile(file);
    invalidateCheck();
}

void ImportDialog::invalidateCheck()
{
    m_checked = false;
    m_checkFoundProblems = false;
    m_checkedGoodRows = 0;
    m_problems->setEntries({});
    m_goodRowsOnly->setChecked(false);
    m_goodRowsOnly->hide();
    m_summary->setText(m_files.empty() ? tr("Add the files of the export, or drop them on Accord's window.")
                                       : tr("Check the files to see what the import will do before anything is "
                                            "written."));
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool working = isWorking();
    bool readable = !m_files.empty();
    for (const auto& file : m_files)
        readable = readable && file->problem().isEmpty() && !file->needsDateFormat();
    m_check->setEnabled(!working && readable);
    m_import->setEnabled(!working && m_checked && m_checkedGoodRows > 0 &&
                         (!m_checkFoundProblems || m_goodRowsOnly->isChecked()));
    m_close->setEnabled(!working);
    m_cancel->setVisible(working);
    m_progress->setVisible(working);
    m_setup->setEnabled(!working && currentFile() != nullptr);
    m_fileList->setEnabled(!working);
}

QList<ImportJob::File> ImportDialog::jobFiles() const
{
    QList<ImportJob::File> files;
    for (const auto& file : m_files)
        files.append({file->path(), file->mapping(), file->choice().savedId});
    // The leads go in before the opportunities that link to them.
    std::stable_sort(files.begin(), files.end(), [](const ImportJob::File& a, const ImportJob::File& b) {
        return a.mapping.kind == CrmRecordKind::Lead && b.mapping.kind != CrmRecordKind::Lead;
    });
    return files;
}

void ImportDialog::start(ImportJob::Purpose purpose)
{
    if (isWorking() || m_files.empty())
        return;
    // A check reads every good row into a transaction it rolls back, so it learns exactly what is new and what
    // would be updated; the import itself leaves out the rejected rows only when the user said so.
    const CrmImporter::Mode mode = purpose == ImportJob::Purpose::Check || m_goodRowsOnly->isChecked()
                                       ? CrmImporter::Mode::GoodRowsOnly
                                       : CrmImporter::Mode::AllOrNothing;
    m_job = new ImportJob(m_workspace.database(), jobFiles(), purpose, mode, this);
    connect(m_job, &ImportJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::jobFinished);
    m_progress->setValue(0);
    m_summary->setText(purpose == ImportJob::Purpose::Check ? tr("Checking…") : tr("Importing…"));
    m_job->start();
    updateButtons();
    Q_EMIT writingChanged(true);
}

void ImportDialog::cancel()
{
    if (m_job)
        m_job->cancel();
    m_cancel->setEnabled(false);
}

void ImportDialog::jobFinished()
{
    ImportJob* job = m_job;
    // Closing the dialog mid-import finishes the job at once; its queued signal then finds nothing to do.
    if (!job)
        return;
    job->wait();
    m_job = nullptr;
    job->deleteLater();
    m_cancel->setEnabled(true);
    const QList<ImportJob::File> files = jobFiles();
    QList<ImportProblemModel::Entry> problems;
    int read = 0, created = 0, updated = 0, rejected = 0;
    QString failure = job->error();
    for (qsizetype i = 0; i < job->summaries().size(); ++i) {
        const ImportSummary& summary = job->summaries().at(i);
        const QString name = QFileInfo(files.at(i).path).fileName();
        for (const ImportProblem& problem : summary.problems)
            problems.append({name, problem});
        read += summary.rowsRead;
        created += summary.rowsImported;
        updated += summary.rowsUpdated;
        rejected += summary.rowsRejected;
        if (summary.outcome == ImportSummary::Outcome::Failed && failure.isEmpty())
            failure = summary.error;
    }
    m_problems->setEntries(problems);
    const QLocale locale;
    const QString counts =
        tr("Rows read: %1 · to import: %2 · to update: %3 · rejected: %4")
            .arg(locale.toString(read), locale.toString(created), locale.toString(updated), locale.toString(rejected));
    if (job->committed()) {
        QString error;
        for (const auto& file : m_files)
            if (const Id saved = file->choice().remember(m_workspace, file->header(), &error))
                file->choice().savedId = saved;
        // The worker's connection wrote the records; the rest of the window learns of them here.
        m_workspace.database().markChanged(QStringLiteral("crm_records"));
        m_workspace.database().markChanged(QStringLiteral("crm_imports"));
        m_summary->setText(tr("Imported: %1 new, %2 updated, %3 rejected.")
                               .arg(locale.toString(created), locale.toString(updated), locale.toString(rejected)));
        m_checked = false;
        if (!error.isEmpty())
            m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                               tr("The mapping could not be saved: %1").arg(error));
    } else if (job->cancelled()) {
        m_summary->setText(tr("Cancelled: nothing was written."));
    } else if (!failure.isEmpty()) {
        m_summary->setText(tr("Nothing was written: %1").arg(failure));
    } else if (job->purpose() == ImportJob::Purpose::Check) {
        m_checked = true;
        m_checkFoundProblems = !problems.isEmpty();
        m_checkedGoodRows = created + updated;
        m_goodRowsOnly->setVisible(m_checkFoundProblems && m_checkedGoodRows > 0);
        m_summary->setText(m_checkFoundProblems ? tr("%1. The rows below cannot be imported.").arg(counts) : counts);
    } else {
        m_summary->setText(tr("Nothing was written: the files have rows that cannot be imported."));
    }
    updateButtons();
    Q_EMIT writingChanged(false);
}

void ImportDialog::reject()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
        jobFinished();
    }
    QDialog::reject();
}

} // namespace accord
