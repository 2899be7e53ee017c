#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace accord {

// The syntax tree of a parsed formula: plain values, checked against the record fields, funnel stages and reject
// reasons when parsed, so that the SQL compiler and anyone building a tree by hand need no vocabulary.

enum class DurationUnit { Hours, Days };
enum class RecordKind { Leads, Opportunities, Records };
enum class CompareOp { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };

// One side of a comparison, or the value an aggregate reads.
struct FormulaOperand
{
    enum class Kind { Field, Duration, Text, Number };

    Kind kind = Kind::Number;
    QString field;   // Field; for Duration the start time
    QString toField; // Duration: the end time
    DurationUnit unit = DurationUnit::Hours;
    QString text;
    double number = 0;

    QString toString() const;
};

struct FormulaCondition
{
    enum class Kind { And, Or, Not, Compare, In, Reached, Has, Won, Lost, Closed, Open, Rejected };

    Kind kind = Kind::Won;
    std::vector<FormulaCondition> children; // And, Or: two or more; Not: one
    FormulaOperand left;                    // Compare, In
    CompareOp op = CompareOp::Equal;        // Compare
    FormulaOperand right;                   // Compare
    QString name;       // Reached: the stage code; Has: the field; Rejected: the reason code, empty for any reason
    QString field;      // Reached: the record field the stage maps to
    QStringList values; // In: the texts; Rejected: the texts a record's reject_reason may hold for that reason

    QString toString() const;
};

// The records an aggregate reads, and which timestamp places each of them in a period.
struct FormulaRecordSet
{
    static constexpr const char* DefaultAnchor = "created_at";

    RecordKind kind = RecordKind::Leads;
    std::optional<FormulaCondition> where;
    QString anchor = QString::fromLatin1(DefaultAnchor);

    QString toString() const;
};

struct FormulaExpression
{
    enum class Kind { Number, Count, Sum, Average, Median, Percentile, Share, Add, Subtract, Multiply, Divide, Negate };

    Kind kind = Kind::Number;
    double number = 0;                       // Number: the value; Percentile: the rank from 0 to 100
    FormulaOperand measure;                  // Sum, Average, Median, Percentile
    FormulaRecordSet records;                // every aggregate
    FormulaCondition test;                   // Share: what a record must meet to count
    std::vector<FormulaExpression> operands; // arithmetic: two, Negate: one

    bool isAggregate() const;
    QString toString() const;
};

} // namespace accord
