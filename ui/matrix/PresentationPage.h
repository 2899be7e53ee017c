#pragma once

#include "PresentationSheet.h"
#include "PresentationStyle.h"
#include "storage/CaseListQuery.h"

#include <QObject>
#include <optional>

namespace accord {

// One page of presentation mode (the heat map, the friction types, …). A page lays itself out for a screen into
// one or more sheets: a table too long for the screen at presentation type size continues on the next sheet
// instead of shrinking. Further pages (the scorecard, decisions) derive from this and are added to the window.
class PresentationPage : public QObject
{
    Q_OBJECT

public:
    explicit PresentationPage(QObject* parent = nullptr);

    virtual QString title() const = 0;
    // The sheets of the page, each with the page's title above and its place in the page below.
    QList<PresentationSheet> layout(const PresentationStyle& style) const;

    // Moves the page's current item (a heat-map cell); false when the page has none or it cannot move.
    virtual bool moveCurrent(int rows, int columns);
    // The sheet that shows the current item, so the window can turn to it.
    virtual int currentSheet() const { return 0; }
    // The cases behind the current item, for Enter; none when there is nothing to drill into.
    virtual std::optional<CaseFilter> drillDown() const;

Q_SIGNALS:
    // What the page shows changed; the window lays it out again.
    void changed();

protected:
    // The page's content in the area between the title and the footer, one list of boxes per sheet.
    virtual QList<QList<SheetBox>> layoutContent(const PresentationStyle& style, const QRectF& area) const = 0;

    static SheetBox textBox(SheetBox::Kind kind, const QRectF& rect, const QString& text, const QFont& font,
                            const PresentationStyle& style);
};

} // namespace accord
