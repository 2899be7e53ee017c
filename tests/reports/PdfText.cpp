#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace accord::test {
namespace {

QString run(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(PdfText::tool(tool), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString PdfText::tool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

QString PdfText::text(const QString& pdf, int first, int last)
{
    QStringList arguments{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

QString PdfText::info(const QString& pdf, bool xmp)
{
    QStringList arguments;
    if (xmp)
        arguments << QStringLiteral("-meta");
    arguments << pdf;
    return run(QStringLiteral("pdfinfo"), arguments);
}

QString PdfText::infoValue(const QString& info, const QString& key)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

int PdfText::pages(const QString& pdf)
{
    return infoValue(info(pdf), QStringLiteral("Pages")).toInt();
}

QString PdfText::simplified(const QString& text)
{
    return text.simplified();
}

int PdfText::firstOutOfOrder(const QString& text, const QStringList& needles)
{
    qsizetype from = 0;
    for (int i = 0; i < needles.size(); ++i) {
        const qsizetype at = text.indexOf(needles.at(i), from);
        if (at < 0)
            return i;
        from = at + needles.at(i).size();
    }
    return -1;
}

} // namespace accord::test
