#pragma once

#include <QWidget>

class QLabel;

namespace accord {

struct CaseFile;
struct WizardLookups;

// The case's life as a timeline: each move along the playbook and the decision, with their dates.
class CaseHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHistoryPanel(QWidget* parent = nullptr);

    void showCase(const CaseFile& file, const WizardLookups& lookups);

private:
    QLabel* m_timeline;
};

} // namespace accord
