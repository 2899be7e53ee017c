#pragma once

#include "domain/Id.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace accord {

class VersionHistoryModel;
class Workspace;
struct MetricVersion;

// A metric's version history beside a side-by-side diff: one selected version is compared with the one before it,
// two selected versions with each other; the older definition is on the left, the newer on the right.
class VersionHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit VersionHistoryView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setMetricId(Id metricId);
    VersionHistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTextBrowser* diff() const { return m_diff; }

Q_SIGNALS:
    void failed(const QString& message);

private:
    void reload();
    void showDiff();
    QString diffHtml(const MetricVersion& older, const MetricVersion& newer) const;

    QPointer<Workspace> m_workspace;
    Id m_metricId = 0;
    VersionHistoryModel* m_model;
    QTableView* m_table;
    QTextBrowser* m_diff;
    QHash<Id, QString> m_teamNames;
};

} // namespace accord
