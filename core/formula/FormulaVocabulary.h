#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace accord {

class Database;

// What a workspace lets formulas name besides the record fields: its funnel stages (each read from a record
// timestamp) and its reject reasons (matched by code or by the name an import wrote).
class FormulaVocabulary
{
public:
    // The built-in funnel (inquiry, mql, sal, sql, opportunity, revenue) and reject reasons.
    static FormulaVocabulary defaults();
    // The stages and reasons of an open workspace, which may have renamed or added some.
    static std::optional<FormulaVocabulary> load(Database& db, QString* error);

    void addStage(const QString& code, const QString& recordField);
    void addRejectReason(const QString& code, const QString& name);

    QStringList stageCodes() const { return m_stageOrder; }
    // The record field of a stage, or an empty string for an unknown code.
    QString stageField(const QString& code) const { return m_stageFields.value(code); }
    QStringList rejectReasonCodes() const { return m_reasonOrder; }
    // The texts a record's reject_reason holds for a reason: its code and its name.
    QStringList rejectReasonTexts(const QString& code) const { return m_reasonTexts.value(code); }

private:
    QStringList m_stageOrder;
    QHash<QString, QString> m_stageFields;
    QStringList m_reasonOrder;
    QHash<QString, QStringList> m_reasonTexts;
};

} // namespace accord
