#include "ImportMappingChoice.h"

#include "ImportPresets.h"
#include "domain/ImportMapping.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace accord {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::ImportMappingChoice", text);
}

std::optional<ImportMapping> saved(Workspace& workspace, const char* column, const QString& value, QString* error)
{
    Filter filter;
    filter.where(column, value).order("updated_at DESC").first(1);
    const QList<ImportMapping> rows = workspace.repository<ImportMapping>().list(filter, error);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

// Outside the class lupdate cannot tell a bare tr()'s context, so the helpers below name theirs.
std::optional<ImportMappingChoice> fromSaved(const ImportMapping& mapping, QString* error)
{
    QString parseError;
    const auto definition = ImportMappingDefinition::fromJsonText(mapping.definition, &parseError);
    if (!definition) {
        *error = QCoreApplication::translate("accord::ImportMappingChoice", "The saved mapping “%1” cannot be read: %2")
                     .arg(mapping.name, parseError);
        return std::nullopt;
    }
    return ImportMappingChoice{
        *definition, mapping.id, mapping.name,
        QCoreApplication::translate("accord::ImportMappingChoice", "saved mapping “%1”").arg(mapping.name)};
}

// A preset reads both kinds of export; what is saved from it is the mapping of one kind.
QString savedName(const QString& preset, const ImportMappingDefinition& definition)
{
    return QStringLiteral("%1 %2").arg(preset, enumCode(definition.kind));
}

std::optional<ImportMappingChoice> fromPreset(const QString& preset, const QStringList& header, QString* error)
{
    const auto definition = ImportPresets::forHeader(preset, header);
    if (!definition) {
        *error = QCoreApplication::translate("accord::ImportMappingChoice", "The file's columns are not a %1 export.")
                     .arg(preset);
        return std::nullopt;
    }
    return ImportMappingChoice{*definition, 0, savedName(preset, *definition),
                               QCoreApplication::translate("accord::ImportMappingChoice", "the %1 preset").arg(preset)};
}

std::optional<ImportMappingChoice> fromJsonFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("accord::ImportMappingChoice", "The mapping file “%1” cannot be read: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    const auto definition = ImportMappingDefinition::fromJsonText(QString::fromUtf8(file.readAll()), &parseError);
    if (!definition) {
        *error = QCoreApplication::translate("accord::ImportMappingChoice",
                                             "The mapping file “%1” is not a valid mapping: %2")
                     .arg(path, parseError);
        return std::nullopt;
    }
    const QString name = QFileInfo(path).completeBaseName();
    return ImportMappingChoice{
        *definition, 0, name,
        QCoreApplication::translate("accord::ImportMappingChoice", "the mapping file “%1”").arg(path)};
}

} // namespace

std::optional<ImportMappingChoice> ImportMappingChoice::resolve(Workspace& workspace, const QString& requested,
                                                                const QStringList& header, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    if (!requested.isEmpty()) {
        if (requested.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || QFileInfo::exists(requested))
            return fromJsonFile(requested, err);
        if (ImportPresets::names().contains(requested))
            return fromPreset(requested, header, err);
        if (const auto mapping = saved(workspace, "name", requested, err))
            return fromSaved(*mapping, err);
        *err = tr("There is no saved mapping, preset or mapping file called “%1”; the presets are %2.")
                   .arg(requested, ImportPresets::names().join(tr(", ")));
        return std::nullopt;
    }
    if (const auto mapping =
            saved(workspace, "header_signature", ImportMappingDefinition::headerSignature(header), err))
        return fromSaved(*mapping, err);
    QString preset;
    if (const auto definition = ImportPresets::match(header, &preset))
        return ImportMappingChoice{*definition, 0, savedName(preset, *definition), tr("the %1 preset").arg(preset)};
    if (err->isEmpty())
        *err = tr("No saved mapping or preset fits the file's columns; name a mapping.");
    return std::nullopt;
}

Id ImportMappingChoice::remember(Workspace& workspace, const QStringList& header, QString* error) const
{
    auto mappings = workspace.repository<ImportMapping>();
    ImportMapping mapping;
    if (savedId) {
        if (const auto existing = mappings.find(savedId, error))
            mapping = *existing;
    }
    mapping.name = name;
    mapping.headerSignature = ImportMappingDefinition::headerSignature(header);
    mapping.definition = definition.toJsonText();
    const bool ok = mapping.id ? mappings.update(mapping, error) : mappings.insert(mapping, error);
    return ok ? mapping.id : 0;
}

} // namespace accord
