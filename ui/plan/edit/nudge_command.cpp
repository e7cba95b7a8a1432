#include "nudge_command.h"

namespace hectare::ui {

NudgeCommand::NudgeCommand(DocumentSession *session, Id hallId, LayoutSelection selection, LayoutChange change,
                           const QString &text)
    : LayoutCommand(session, hallId, std::move(change), text), m_selection(std::move(selection))
{
}

bool NudgeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const NudgeCommand *>(other);
    if (next->hallId() != hallId() || next->m_selection != m_selection)
        return false;
    takeChangeOf(*next);
    return true;
}

} // namespace hectare::ui
