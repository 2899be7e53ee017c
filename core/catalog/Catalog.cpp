#include "Catalog.h"

namespace accord::Catalog {

bool seed(Workspace&, QString*)
{
    return true;
}

} // namespace accord::Catalog
