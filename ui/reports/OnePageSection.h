#pragma once

#include "TextSection.h"

#include <functional>

namespace accord {

// A text that belongs on one page, such as the decisions of the day: typeset again in smaller type until it fits,
// down to a size that still reads on paper (below that it runs on to a second page rather than shrink further).
class OnePageSection : public TextSection
{
public:
    using Typeset = std::function<std::unique_ptr<QTextDocument>(qreal bodyPoints)>;

    OnePageSection(const QString& title, Typeset typeset);

    void layout(const PageGeometry& geometry) override;

private:
    Typeset m_typeset;
};

} // namespace accord
