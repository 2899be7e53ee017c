#include "ImportJob.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QThread>

namespace accord {

ImportJob::ImportJob(Database& workspace, QList<File> files, Purpose purpose, CrmImporter::Mode mode, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_files(std::move(files)), m_purpose(purpose), m_mode(mode)
{}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    // The results are read on the window's thread once the worker has ended, so no lock guards them.
    connect(m_thread, &QThread::finished, this, &ImportJob::finished);
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void ImportJob::run()
{
    Database db;
    if (!db.openAlongside(m_workspace, &m_error))
        return;
    qint64 total = 0;
    for (const File& file : std::as_const(m_files))
        total += QFileInfo(file.path).size();
    Transaction all(db);
    if (!all.isActive()) {
        m_error = all.error();
        return;
    }
    qint64 done = 0;
    bool complete = true;
    for (const File& file : std::as_const(m_files)) {
        CrmImporter importer(db, file.mapping);
        CrmImporter::Options options;
        options.mode = m_mode;
        options.mappingId = file.mappingId;
        options.progress = [this, done, total](const ImportProgress& progress) {
            const int perMille = total > 0 ? int(1000 * (done + progress.bytesRead) / total) : 0;
            // A signal per row would flood the window's event queue; one per step of the bar is enough.
            if (m_reported.exchange(perMille) != perMille)
                Q_EMIT progressed(perMille);
            return !m_cancel;
        };
        m_summaries.append(importer.runFile(file.path, options));
        done += QFileInfo(file.path).size();
        if (m_summaries.constLast().outcome != ImportSummary::Outcome::Imported) {
            complete = false;
            // A check reads on to report the problems of every file; a real import stops at the first.
            if (m_purpose == Purpose::Import || m_cancel)
                break;
        }
    }
    if (m_purpose == Purpose::Import && complete && !m_cancel)
        m_committed = all.commit(&m_error);
}

} // namespace accord
