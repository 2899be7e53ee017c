#pragma once

#include "import/CrmImporter.h"

#include <QList>
#include <QObject>
#include <atomic>

class QThread;

namespace accord {

class Database;

// Imports a set of CRM export files on a thread of its own, through its own connection to the workspace file, so
// the window stays responsive. The files go in together or not at all: one transaction around them all, rolled
// back on a problem, on Cancel, or when the job only checks what an import would do.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    struct File
    {
        QString path;
        ImportMappingDefinition mapping;
        Id mappingId = 0;
    };
    enum class Purpose {
        Check, // reads and writes every good row, counts what is new and what is updated, and rolls back
        Import // commits when every file imported
    };

    ImportJob(Database& workspace, QList<File> files, Purpose purpose, CrmImporter::Mode mode,
              QObject* parent = nullptr);
    ~ImportJob() override;

    void start();
    // Asks the job to stop; it rolls back and finishes soon after.
    void cancel();
    bool isRunning() const;
    // Blocks until the job has finished (for closing the window mid-import).
    void wait();

    Purpose purpose() const { return m_purpose; }
    // One summary per file that was read, in order; meaningful once finished.
    const QList<ImportSummary>& summaries() const { return m_summaries; }
    bool committed() const { return m_committed; }
    bool cancelled() const { return m_cancel; }
    QString error() const { return m_error; }

Q_SIGNALS:
    // Per mille of the bytes of all files read so far.
    void progressed(int perMille);
    void finished();

private:
    void run();

    Database& m_workspace;
    QList<File> m_files;
    Purpose m_purpose;
    CrmImporter::Mode m_mode;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    std::atomic_int m_reported = -1;
    QList<ImportSummary> m_summaries;
    bool m_committed = false;
    QString m_error;
};

} // namespace accord
