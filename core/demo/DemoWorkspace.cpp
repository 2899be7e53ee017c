#include "DemoWorkspace.h"

namespace accord::DemoWorkspace {

bool populate(Workspace&, QString*)
{
    return true;
}

} // namespace accord::DemoWorkspace
