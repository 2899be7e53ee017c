#pragma once

#include "ReportSection.h"

#include <memory>

class QTextDocument;

namespace accord {

// A section typeset by QTextDocument: it breaks lines and pages itself; this keeps headings with what follows them
// and small groups (the decision box) on one page, and paints one page at a time.
class TextSection : public ReportSection
{
public:
    TextSection(const QString& title, std::unique_ptr<QTextDocument> document);
    ~TextSection() override;

    QString title() const override { return m_title; }
    void layout(const PageGeometry& geometry) override;
    int pageCount() const override;
    void paintPage(QPainter& painter, int page) const override;
    bool hasRunningHeader() const override { return m_runningHeader; }
    void setRunningHeader(bool shown) { m_runningHeader = shown; }

    QTextDocument* document() const { return m_document.get(); }

protected:
    void setDocument(std::unique_ptr<QTextDocument> document);

private:
    void keepGroupsTogether();

    QString m_title;
    std::unique_ptr<QTextDocument> m_document;
    PageGeometry m_geometry;
    bool m_runningHeader = true;
};

} // namespace accord
