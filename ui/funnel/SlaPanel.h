#pragma once

#include "domain/Enums.h"

#include <QPointer>
#include <QWidget>

namespace accord {

class SlaEditor;
class Workspace;

// The two-way SLA side by side: what Marketing promises Sales about every lead on the left, what Sales promises
// Marketing about following up on the right.
class SlaPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SlaPanel(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);

private:
    void reload();

    QPointer<Workspace> m_workspace;
    QList<std::pair<SlaKind, SlaEditor*>> m_editors;
};

} // namespace accord
