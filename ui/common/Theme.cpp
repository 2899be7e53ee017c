#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace accord::Theme {
namespace {

constexpr int BasePointSize = 12;

QPalette calmPalette()
{
    QPalette palette;
    const QColor ink(0x24, 0x2a, 0x33);
    const QColor paper(0xf6, 0xf5, 0xf2);
    const QColor surface(0xff, 0xff, 0xff);
    const QColor accent(0x2f, 0x5f, 0x8f);
    palette.setColor(QPalette::Window, paper);
    palette.setColor(QPalette::WindowText, ink);
    palette.setColor(QPalette::Base, surface);
    palette.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::Text, ink);
    palette.setColor(QPalette::Button, QColor(0xee, 0xed, 0xea));
    palette.setColor(QPalette::ButtonText, ink);
    palette.setColor(QPalette::Highlight, QColor(0xd6, 0xe4, 0xf2));
    palette.setColor(QPalette::HighlightedText, ink);
    palette.setColor(QPalette::ToolTipBase, surface);
    palette.setColor(QPalette::ToolTipText, ink);
    palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8f));
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9f, 0xa6));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9f, 0xa6));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9f, 0xa6));
    return palette;
}

const char* const StyleSheet = R"(
QLabel#areaHeading { font-size: 20pt; font-weight: 600; }
QLabel#sectionHeading { font-size: 14pt; font-weight: 600; }
QLabel#caseListEmpty { font-size: 14pt; color: #6b7280; }
QLabel#caseCount { color: #4b5563; }
QListWidget#navigation { background: #eceae5; border: none; border-right: 1px solid #dcd9d2; padding-top: 16px;
                         outline: 0; }
QListWidget#navigation::item { padding: 12px 16px; border-radius: 6px; margin: 2px 10px; }
QListWidget#navigation::item:selected { background: #d6e4f2; color: #1d3b5a; }
QHeaderView::section { padding: 6px 8px; border: none; border-bottom: 1px solid #d8dadf;
                       background: #f3f2ef; font-weight: 600; }
QTableView { border: 1px solid #dcdfe4; border-radius: 4px; gridline-color: #e6e8eb; }
QLineEdit, QComboBox { padding: 5px 8px; }
QPushButton, QToolButton { padding: 6px 14px; }
)";

} // namespace

void apply(QApplication& app)
{
    // Setting a style (a style sheet is one) puts back the style's own font and palette; ours come after it.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setStyleSheet(QLatin1String(StyleSheet));
    QFont font = QApplication::font();
    font.setPointSize(BasePointSize);
    QApplication::setFont(font);
    QApplication::setPalette(calmPalette());
}

} // namespace accord::Theme
