#include "FormulaVocabulary.h"

#include "catalog/Defaults.h"
#include "domain/FunnelStage.h"
#include "domain/RejectReason.h"
#include "storage/Repository.h"

namespace accord {
namespace {

template <typename Stages, typename Reasons>
FormulaVocabulary vocabularyOf(const Stages& stages, const Reasons& reasons)
{
    FormulaVocabulary vocabulary;
    for (const FunnelStage& stage : stages)
        vocabulary.addStage(stage.code, stage.recordField);
    for (const RejectReason& reason : reasons)
        vocabulary.addRejectReason(reason.code, reason.name);
    return vocabulary;
}

} // namespace

FormulaVocabulary FormulaVocabulary::defaults()
{
    return vocabularyOf(Catalog::defaultFunnelStages({}), Catalog::defaultRejectReasons());
}

std::optional<FormulaVocabulary> FormulaVocabulary::load(Database& db, QString* error)
{
    QString problem;
    const QList<FunnelStage> stages = Repository<FunnelStage>(db).list({}, &problem);
    const QList<RejectReason> reasons =
        problem.isEmpty() ? Repository<RejectReason>(db).list({}, &problem) : QList<RejectReason>();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return vocabularyOf(stages, reasons);
}

void FormulaVocabulary::addStage(const QString& code, const QString& recordField)
{
    // A stage the user added without a code cannot be named in a formula.
    if (code.isEmpty() || m_stageFields.contains(code))
        return;
    m_stageOrder << code;
    m_stageFields.insert(code, recordField);
}

void FormulaVocabulary::addRejectReason(const QString& code, const QString& name)
{
    if (code.isEmpty())
        return;
    if (!m_reasonTexts.contains(code))
        m_reasonOrder << code;
    QStringList& texts = m_reasonTexts[code];
    for (const QString& text : {code, name})
        if (!text.isEmpty() && !texts.contains(text))
            texts << text;
}

} // namespace accord
