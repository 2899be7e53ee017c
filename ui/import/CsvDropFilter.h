#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;

namespace accord {

// Lets the user drop CRM export files on a window: it accepts a drag of local .csv, .tsv or .txt files and hands
// their paths on. Installed as an event filter, so the window itself needs no drag-and-drop code.
class CsvDropFilter : public QObject
{
    Q_OBJECT

public:
    explicit CsvDropFilter(QObject* parent = nullptr);

    static QStringList exportFiles(const QMimeData* data);

Q_SIGNALS:
    void filesDropped(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace accord
