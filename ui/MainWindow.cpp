#include "MainWindow.h"

namespace accord {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
}

} // namespace accord
