#pragma once

#include "CompositeCommand.h"
#include "domain/FrictionCase.h"

namespace accord {

template <typename T> class EntityCommand;

// Stores a new case together with the first line of its history ("raised at Surface"), as one undoable edit.
class CreateCaseCommand : public CompositeCommand
{
public:
    CreateCaseCommand(Workspace& workspace, const FrictionCase& frictionCase, const QString& text);

    // The id storage gave the case on the first redo; 0 before it, or when storing failed.
    Id caseId() const;

private:
    EntityCommand<FrictionCase>* m_case;
};

} // namespace accord
