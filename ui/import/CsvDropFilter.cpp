#include "CsvDropFilter.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace accord {

CsvDropFilter::CsvDropFilter(QObject* parent) : QObject(parent) {}

QStringList CsvDropFilter::exportFiles(const QMimeData* data)
{
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")};
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls()) {
        const QFileInfo info(url.toLocalFile());
        // One file of another kind makes the whole drop something else, not a partial import.
        if (!url.isLocalFile() || !suffixes.contains(info.suffix().toLower()))
            return {};
        paths << info.absoluteFilePath();
    }
    return paths;
}

bool CsvDropFilter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (exportFiles(drag->mimeData()).isEmpty())
            return QObject::eventFilter(watched, event);
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = exportFiles(drop->mimeData());
        if (paths.isEmpty())
            return QObject::eventFilter(watched, event);
        drop->acceptProposedAction();
        Q_EMIT filesDropped(paths);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace accord
