#pragma once

#include "import/ImportEnums.h"

#include <QCoreApplication>

namespace accord {

// What the import dialog calls the fields a file column can feed.
class ImportFieldText
{
    Q_DECLARE_TR_FUNCTIONS(ImportFieldText)

public:
    static QString name(ImportField field);
    static QString encodingName(TextEncoding encoding);
    static QString delimiterName(QChar delimiter);
    static QString dateFormatName(DateFormat format);
};

} // namespace accord
