#pragma once

#include "PresentationSheet.h"
#include "storage/CaseListQuery.h"

#include <QList>
#include <QWidget>

class QScreen;

namespace accord {

class MatrixDeck;
class PresentationPage;
class Workspace;

// Presentation mode: the friction matrix full screen on the chosen screen, without menus or toolbars, in type
// large enough to read from the back of a room. Page Up / Page Down turn sheets and pages, the arrow keys move
// between heat-map cells, M changes the heat map's measure, Enter drills into the current cell's cases and Esc
// leaves.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(Workspace* workspace, QScreen* screen, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    // Shows the window full screen on its screen.
    void present();

    // Adds a page after the built-in ones (the heat map, the friction types, the conflict patterns, the scorecard and
    // the decisions of the day); the window takes ownership.
    void addPage(PresentationPage* page);

    MatrixDeck* deck() const { return m_deck; }
    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return m_page; }
    int currentSheet() const { return m_sheet; }
    int sheetCount() const { return int(m_sheets.size()); }
    // The boxes of the sheet on screen, as painted.
    const PresentationSheet& sheet() const;
    void showPage(int page);

Q_SIGNALS:
    // Enter on a heat-map cell: the cases between its two teams, open ones only.
    void drillDown(const accord::CaseFilter& filter);
    void closed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void relayout();
    void next();
    void previous();

    MatrixDeck* m_deck;
    QList<PresentationPage*> m_pages;
    QList<PresentationSheet> m_sheets;
    int m_page = 0;
    int m_sheet = 0;
};

} // namespace accord
