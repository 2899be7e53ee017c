#include "PresentationWindow.h"

#include "HeatMapModel.h"
#include "HeatMapPage.h"
#include "MatrixDeck.h"
#include "TablePage.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

namespace accord {

PresentationWindow::PresentationWindow(Workspace* workspace, QScreen* screen, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_deck(new MatrixDeck(workspace, this))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Presentation"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    addPage(m_deck->heatMapPage());
    addPage(m_deck->typesPage());
    addPage(m_deck->patternsPage());
    addPage(m_deck->scorecardPage());
    addPage(m_deck->decisionsPage());
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::present()
{
    if (QScreen* target = screen())
        setGeometry(target->geometry());
    showFullScreen();
    activateWindow();
    setFocus();
}

void PresentationWindow::addPage(PresentationPage* page)
{
    page->setParent(this);
    m_pages << page;
    connect(page, &PresentationPage::changed, this, [this, page] {
        if (m_pages.value(m_page) == page)
            relayout();
    });
    relayout();
}

const PresentationSheet& PresentationWindow::sheet() const
{
    static const PresentationSheet none;
    return m_sheets.isEmpty() ? none : m_sheets.at(m_sheet);
}

void PresentationWindow::showPage(int page)
{
    if (page < 0 || page >= m_pages.size())
        return;
    m_page = page;
    m_sheet = 0;
    relayout();
}

void PresentationWindow::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    sheet().paint(painter);
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    PresentationPage* page = m_pages.value(m_page);
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int rows = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
        const int columns = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
        if (page && page->moveCurrent(rows, columns))
            m_sheet = std::min(page->currentSheet(), int(m_sheets.size()) - 1);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (page)
            if (const auto filter = page->drillDown())
                Q_EMIT drillDown(*filter);
        return;
    case Qt::Key_M: {
        // The heat map's measure, in turn: count, severity, revenue at risk, days open.
        HeatMapModel* model = m_deck->heatMapModel();
        const QList<HeatMapModel::Measure> measures = HeatMapModel::measures();
        model->setMeasure(measures.at((measures.indexOf(model->measure()) + 1) % measures.size()));
        return;
    }
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    QWidget::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closed();
}

void PresentationWindow::relayout()
{
    const PresentationPage* page = m_pages.value(m_page);
    PresentationStyle style(size());
    style.keyboardPaging = true;
    m_sheets = page && !size().isEmpty() ? page->layout(style) : QList<PresentationSheet>();
    m_sheet = std::clamp(m_sheet, 0, std::max(0, int(m_sheets.size()) - 1));
    update();
}

void PresentationWindow::next()
{
    if (m_sheet + 1 < m_sheets.size()) {
        ++m_sheet;
        update();
    } else if (m_page + 1 < m_pages.size()) {
        showPage(m_page + 1);
    }
}

void PresentationWindow::previous()
{
    if (m_sheet > 0) {
        --m_sheet;
        update();
    } else if (m_page > 0) {
        showPage(m_page - 1);
        m_sheet = std::max(0, int(m_sheets.size()) - 1);
    }
}

} // namespace accord
