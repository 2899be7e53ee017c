#include "ImportMappingDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace accord {
namespace {

constexpr int FormatVersion = 1;

QString charCode(QChar c)
{
    return c.isNull() ? QString() : QString(c);
}

bool readChar(const QJsonObject& json, const char* key, QChar* value, QString* error)
{
    const QString text = json.value(QLatin1StringView(key)).toString();
    if (text.size() > 1) {
        *error = QCoreApplication::translate("accord::ImportMappingDefinition", "“%1” must be one character, not “%2”.")
                     .arg(QLatin1StringView(key), text);
        return false;
    }
    *value = text.isEmpty() ? QChar() : text[0];
    return true;
}

template <typename E> bool readCode(const QJsonObject& json, const char* key, E* value, QString* error)
{
    const QJsonValue v = json.value(QLatin1StringView(key));
    if (v.isUndefined())
        return true;
    const std::optional<E> e = enumFromCode<E>(v.toString());
    if (!e) {
        *error = QCoreApplication::translate("accord::ImportMappingDefinition", "“%1” is not a valid %2.")
                     .arg(v.toString(), QLatin1StringView(key));
        return false;
    }
    *value = *e;
    return true;
}

QStringList readList(const QJsonObject& json, const char* key, const QStringList& fallback)
{
    const QJsonValue v = json.value(QLatin1StringView(key));
    if (!v.isArray())
        return fallback;
    QStringList list;
    for (const QJsonValue item : v.toArray())
        list << item.toString();
    return list;
}

} // namespace

QJsonObject ImportMappingDefinition::toJson() const
{
    QJsonObject columnObject;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnObject.insert(enumCode(it.key()), it.value());
    return QJsonObject{
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("kind"), enumCode(kind)},
        {QStringLiteral("encoding"), enumCode(encoding)},
        {QStringLiteral("delimiter"), charCode(delimiter)},
        {QStringLiteral("dateFormat"), dateFormat ? enumCode(*dateFormat) : QString()},
        {QStringLiteral("decimalSeparator"), charCode(decimalSeparator)},
        {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("columns"), columnObject},
        {QStringLiteral("wonValues"), QJsonArray::fromStringList(wonValues)},
        {QStringLiteral("lostValues"), QJsonArray::fromStringList(lostValues)},
    };
}

QString ImportMappingDefinition::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

std::optional<ImportMappingDefinition> ImportMappingDefinition::fromJson(const QJsonObject& json, QString* error)
{
    QString problem;
    ImportMappingDefinition mapping;
    const int format = json.value(QStringLiteral("format")).toInt(FormatVersion);
    if (format > FormatVersion) {
        problem = QCoreApplication::translate("accord::ImportMappingDefinition",
                                              "The mapping is in format %1; this version of Accord reads format %2.")
                      .arg(format)
                      .arg(FormatVersion);
    }
    const QString dateFormatCode = json.value(QStringLiteral("dateFormat")).toString();
    if (problem.isEmpty() && !dateFormatCode.isEmpty()) {
        DateFormat dateFormat = DateFormat::YearMonthDay;
        if (readCode(json, "dateFormat", &dateFormat, &problem))
            mapping.dateFormat = dateFormat;
    }
    const bool read = problem.isEmpty() && readCode(json, "kind", &mapping.kind, &problem) &&
                      readCode(json, "encoding", &mapping.encoding, &problem) &&
                      readChar(json, "delimiter", &mapping.delimiter, &problem) &&
                      readChar(json, "decimalSeparator", &mapping.decimalSeparator, &problem);
    const QJsonObject columnObject = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columnObject.constBegin(); read && problem.isEmpty() && it != columnObject.constEnd(); ++it) {
        const std::optional<ImportField> field = enumFromCode<ImportField>(it.key());
        if (field)
            mapping.columns.insert(*field, it.value().toString());
        else
            problem = QCoreApplication::translate("accord::ImportMappingDefinition", "“%1” is not a field of a record.")
                          .arg(it.key());
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    mapping.timeZone = json.value(QStringLiteral("timeZone")).toString(mapping.timeZone);
    mapping.wonValues = readList(json, "wonValues", mapping.wonValues);
    mapping.lostValues = readList(json, "lostValues", mapping.lostValues);
    return mapping;
}

std::optional<ImportMappingDefinition> ImportMappingDefinition::fromJsonText(const QString& text, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("accord::ImportMappingDefinition", "The mapping is not valid JSON: %1")
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

QList<ImportProblem> ImportMappingDefinition::check(const QStringList& header) const
{
    QList<ImportProblem> problems;
    QStringList names;
    for (const QString& name : header)
        names << normalizedName(name);
    if (!columns.contains(ImportField::RecordId))
        problems.append(
            {1, QString(),
             QCoreApplication::translate("accord::ImportMappingDefinition", "No column is chosen as the record id.")});
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        if (!names.contains(normalizedName(it.value())))
            problems.append(
                {1, it.value(),
                 QCoreApplication::translate("accord::ImportMappingDefinition", "The file has no column “%1”.")
                     .arg(it.value())});
    if (!QTimeZone(timeZone.toUtf8()).isValid())
        problems.append(
            {1, QString(),
             QCoreApplication::translate("accord::ImportMappingDefinition", "“%1” is not a known time zone.")
                 .arg(timeZone)});
    return problems;
}

QString ImportMappingDefinition::normalizedName(QStringView name)
{
    QString result;
    result.reserve(name.size());
    bool gap = false;
    for (const QChar c : name.trimmed()) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-')) {
            gap = true;
            continue;
        }
        if (gap && !result.isEmpty())
            result.append(QLatin1Char(' '));
        gap = false;
        result.append(c.toCaseFolded());
    }
    return result;
}

QString ImportMappingDefinition::headerSignature(const QStringList& header)
{
    QStringList names;
    for (const QString& name : header)
        names << normalizedName(name);
    return names.join(QLatin1Char('|'));
}

} // namespace accord
