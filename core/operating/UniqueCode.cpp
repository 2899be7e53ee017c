#include "UniqueCode.h"

namespace accord {

QString uniqueCode(const QString& name, const QStringList& taken)
{
    QString base;
    bool gap = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (gap && !base.isEmpty())
                base += QLatin1Char('_');
            base += c.toLower();
            gap = false;
        } else if (!c.isMark()) {
            gap = true;
        }
    }
    if (base.isEmpty())
        base = QStringLiteral("item");
    QString code = base;
    for (int n = 2; taken.contains(code); ++n)
        code = QStringLiteral("%1_%2").arg(base).arg(n);
    return code;
}

} // namespace accord
