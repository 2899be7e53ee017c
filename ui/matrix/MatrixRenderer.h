#pragma once

#include <QImage>
#include <QList>
#include <QSize>
#include <optional>

namespace accord {

class Workspace;

// Paints a page of the friction matrix's presentation into images without showing a window, for the command line
// (`accord matrix`) and for screenshots. Runs on the offscreen platform.
class MatrixRenderer
{
public:
    enum class View { HeatMap, Types, Patterns };

    // "heatmap", "types" or "patterns".
    static std::optional<View> viewFromName(const QString& name);
    // One image per sheet: a table too long for the size continues on further images, as it does on screen.
    static QList<QImage> render(Workspace& workspace, View view, QSize size);
};

} // namespace accord
