#include "FormulaNodes.h"

namespace accord {
namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

QString quoted(const QString& text)
{
    // Strings have no escapes, so a text holding a double quote is written in single quotes.
    const QChar quote = text.contains(QLatin1Char('"')) ? QLatin1Char('\'') : QLatin1Char('"');
    return quote + text + quote;
}

QString joined(const std::vector<FormulaCondition>& children, const QString& separator)
{
    QStringList parts;
    for (const FormulaCondition& child : children)
        parts << child.toString();
    return QLatin1Char('(') + parts.join(separator) + QLatin1Char(')');
}

const char* opText(CompareOp op)
{
    switch (op) {
    case CompareOp::Equal:
        return "=";
    case CompareOp::NotEqual:
        return "<>";
    case CompareOp::Less:
        return "<";
    case CompareOp::LessOrEqual:
        return "<=";
    case CompareOp::Greater:
        return ">";
    case CompareOp::GreaterOrEqual:
        return ">=";
    }
    return "=";
}

const char* kindText(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Leads:
        return "leads";
    case RecordKind::Opportunities:
        return "opportunities";
    case RecordKind::Records:
        return "records";
    }
    return "records";
}

const char* functionName(FormulaExpression::Kind kind)
{
    using K = FormulaExpression::Kind;
    switch (kind) {
    case K::Count:
        return "count";
    case K::Sum:
        return "sum";
    case K::Average:
        return "avg";
    case K::Median:
        return "median";
    case K::Percentile:
        return "percentile";
    case K::Share:
        return "share";
    case K::Add:
        return "+";
    case K::Subtract:
        return "-";
    case K::Multiply:
        return "*";
    case K::Divide:
        return "/";
    case K::Number:
    case K::Negate:
        break;
    }
    return "";
}

} // namespace

QString FormulaOperand::toString() const
{
    switch (kind) {
    case Kind::Field:
        return field;
    case Kind::Duration:
        return QStringLiteral("%1(%2, %3)")
            .arg(unit == DurationUnit::Hours ? QLatin1String("hours") : QLatin1String("days"), field, toField);
    case Kind::Text:
        return quoted(text);
    case Kind::Number:
        return numberText(number);
    }
    return {};
}

QString FormulaCondition::toString() const
{
    switch (kind) {
    case Kind::And:
        return joined(children, QStringLiteral(" and "));
    case Kind::Or:
        return joined(children, QStringLiteral(" or "));
    case Kind::Not:
        return QStringLiteral("not ") + children.front().toString();
    case Kind::Compare:
        return QStringLiteral("%1 %2 %3").arg(left.toString(), QLatin1String(opText(op)), right.toString());
    case Kind::In: {
        QStringList texts;
        for (const QString& value : values)
            texts << quoted(value);
        return QStringLiteral("%1 in (%2)").arg(left.toString(), texts.join(QStringLiteral(", ")));
    }
    case Kind::Reached:
        return QStringLiteral("reached(%1)").arg(name);
    case Kind::Has:
        return QStringLiteral("has(%1)").arg(name);
    case Kind::Won:
        return QStringLiteral("won");
    case Kind::Lost:
        return QStringLiteral("lost");
    case Kind::Closed:
        return QStringLiteral("closed");
    case Kind::Open:
        return QStringLiteral("open");
    case Kind::Rejected:
        return name.isEmpty() ? QStringLiteral("rejected") : QStringLiteral("rejected(%1)").arg(name);
    }
    return {};
}

QString FormulaRecordSet::toString() const
{
    QString text = QLatin1String(kindText(kind));
    if (where)
        text += QStringLiteral(" where ") + where->toString();
    if (anchor != QLatin1String(DefaultAnchor))
        text += QStringLiteral(" by ") + anchor;
    return text;
}

bool FormulaExpression::isAggregate() const
{
    return kind == Kind::Count || kind == Kind::Sum || kind == Kind::Average || kind == Kind::Median ||
           kind == Kind::Percentile || kind == Kind::Share;
}

QString FormulaExpression::toString() const
{
    const QLatin1String name(functionName(kind));
    switch (kind) {
    case Kind::Number:
        return numberText(number);
    case Kind::Count:
        return QStringLiteral("count(%1)").arg(records.toString());
    case Kind::Sum:
    case Kind::Average:
    case Kind::Median:
        return QStringLiteral("%1(%2, %3)").arg(name, measure.toString(), records.toString());
    case Kind::Percentile:
        return QStringLiteral("percentile(%1, %2, %3)").arg(numberText(number), measure.toString(), records.toString());
    case Kind::Share:
        return QStringLiteral("share(%1, %2)").arg(records.toString(), test.toString());
    case Kind::Add:
    case Kind::Subtract:
    case Kind::Multiply:
    case Kind::Divide:
        return QStringLiteral("(%1 %2 %3)").arg(operands[0].toString(), name, operands[1].toString());
    case Kind::Negate:
        return QStringLiteral("-") + operands[0].toString();
    }
    return {};
}

} // namespace accord
