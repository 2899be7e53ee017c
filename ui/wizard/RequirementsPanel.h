#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace accord {

struct CaseFile;

// "What this step still needs": the step's unmet requirements as gaps and its unmet recommendations as hints,
// read from the playbook's rules every time the case changes.
class RequirementsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequirementsPanel(QWidget* parent = nullptr);

    void showStep(CaseStage stage, const CaseFile& file);
    // The sentences shown, gaps first, for tests and for reading aloud.
    QStringList shownSentences() const;

private:
    QLabel* m_heading;
    QVBoxLayout* m_items;
    QList<QLabel*> m_labels;
    int m_shown = 0;
};

} // namespace accord
