#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// One translated message of a catalogue: its source text and each of its forms (one, or one per plural form).
struct Message
{
    QString context;
    QString source;
    QStringList forms;
    bool numerus = false;
};

QList<Message> translatedMessages(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                message = {context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            else if (xml.name() == QLatin1String("source"))
                message.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform"))
                message.forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !unfinished) {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// The parts of a text a translation must keep for the program to fill it in and render it: the numbered arguments
// (%1, %L2) and the markup. %n is counted apart, as a language may leave the number out of its singular.
QStringList keptParts(const QString& text)
{
    static const QRegularExpression parts(QStringLiteral("%L?[1-9]|<[^<>]+>"));
    QStringList found;
    for (auto it = parts.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

// Every catalogue of translations/ against the source texts it translates: a lost %1 prints the wrong value into a
// sentence, a lost tag breaks the page it is on, a lost %n hides the count.
class TestCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepArgumentsAndMarkup_data();
    void keepArgumentsAndMarkup();
};

void TestCatalogues::keepArgumentsAndMarkup_data()
{
    QTest::addColumn<QString>("path");
    const QDir folder(QStringLiteral(ACCORD_TRANSLATIONS_DIR));
    const QStringList catalogues = folder.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(!catalogues.isEmpty());
    for (const QString& name : catalogues)
        QTest::newRow(qPrintable(name)) << folder.filePath(name);
}

void TestCatalogues::keepArgumentsAndMarkup()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = translatedMessages(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList wrong;
    for (const Message& m : messages) {
        const QStringList expected = keptParts(m.source);
        bool counted = !m.source.contains(QLatin1String("%n"));
        for (const QString& form : m.forms) {
            if (form.isEmpty() || keptParts(form) != expected)
                wrong << QStringLiteral("%1: “%2” → “%3”").arg(m.context, m.source, form);
            counted = counted || form.contains(QLatin1String("%n"));
        }
        if (!counted)
            wrong << QStringLiteral("%1: “%2” lost its %n").arg(m.context, m.source);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
