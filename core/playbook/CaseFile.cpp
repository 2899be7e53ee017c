#include "CaseFile.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace accord {
namespace {

template <typename T>
bool loadChildren(Workspace& workspace, Id caseId, QList<T>* rows, QString* error)
{
    Filter filter;
    filter.where("case_id", caseId);
    error->clear();
    *rows = workspace.repository<T>().list(filter, error);
    return error->isEmpty();
}

} // namespace

std::optional<CaseFile> CaseFile::load(Workspace& workspace, Id caseId, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    CaseFile file;
    const auto found = workspace.repository<FrictionCase>().find(caseId, err);
    if (!found) {
        if (err->isEmpty())
            *err = QCoreApplication::translate("accord::CaseFile", "Case %1 does not exist.").arg(caseId);
        return std::nullopt;
    }
    file.frictionCase = *found;
    QList<Decision> decisions;
    if (!loadChildren(workspace, caseId, &file.rootCauses, err) || !loadChildren(workspace, caseId, &decisions, err)
        || !loadChildren(workspace, caseId, &file.actions, err) || !loadChildren(workspace, caseId, &file.reviews, err)
        || !loadChildren(workspace, caseId, &file.history, err))
        return std::nullopt;
    // Decisions come ordered by date; the one in force wins over later proposals or superseded ones.
    for (const Decision& d : std::as_const(decisions)) {
        if (!file.decision || d.status == DecisionStatus::InForce || file.decision->status != DecisionStatus::InForce)
            file.decision = d;
    }
    return file;
}

} // namespace accord
