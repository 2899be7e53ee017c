#include "SlaPanel.h"

#include "SlaEditor.h"
#include "wizard/UndoKeysPassThrough.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace accord {

SlaPanel::SlaPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("slaPanel"));
    for (const SlaKind kind : enumValues<SlaKind>())
        m_editors.append({kind, new SlaEditor(kind, this)});

    auto* sales = new QVBoxLayout;
    sales->setSpacing(16);
    for (const auto& [kind, editor] : std::as_const(m_editors))
        if (kind != SlaKind::LeadStandard)
            sales->addWidget(editor);
    sales->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(m_editors.first().second, 1, Qt::AlignTop);
    columns->addLayout(sales, 1);

    auto* intro = new QLabel(tr("Both sides commit: Marketing sends only leads that meet the standard, Sales works "
                                "every one of them in time. A breach goes to a named person."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);

    // Ctrl+Z in a field whose edit is already saved undoes that edit in the workspace, as everywhere else.
    (new UndoKeysPassThrough(this))->watchFieldsUnder(this);
}

void SlaPanel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    for (const auto& [kind, editor] : std::as_const(m_editors))
        editor->setWorkspace(workspace);
    if (m_workspace) {
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            if (tables.intersects({QStringLiteral("slas"), QStringLiteral("people"), QStringLiteral("teams")}))
                reload();
        });
    }
    reload();
}

void SlaPanel::reload()
{
    QList<Sla> slas;
    QList<Person> people;
    QList<Team> teams;
    if (m_workspace) {
        slas = m_workspace->repository<Sla>().list();
        people = m_workspace->repository<Person>().list();
        teams = m_workspace->repository<Team>().list();
    }
    // A workspace holds one SLA of each kind; an editor without one has nothing to show.
    for (const auto& [kind, editor] : std::as_const(m_editors)) {
        const auto sla = std::find_if(slas.cbegin(), slas.cend(), [&](const Sla& s) { return s.kind == kind; });
        editor->setVisible(sla != slas.cend());
        if (sla != slas.cend())
            editor->showSla(*sla, people, teams);
    }
}

} // namespace accord
