#include "layout_command.h"

#include "session/document_session.h"

#include "store/layout_writer.h"

namespace hectare::ui {

LayoutCommand::LayoutCommand(DocumentSession *session, Id hallId, LayoutChange change, const QString &text)
    : DocumentCommand(session, text),
      m_hallId(hallId),
      m_change(std::move(change)),
      m_inverse(inverseOf(m_change, session->model()))
{
}

Status LayoutCommand::write(const LayoutChange &change)
{
    return session()->apply([&change](SqliteConnection &db) { return applyLayoutChange(db, change); },
                            DocumentSession::Touched::Layout, m_hallId);
}

Status LayoutCommand::applyRedo() { return write(m_change); }
Status LayoutCommand::applyUndo() { return write(m_inverse); }

} // namespace hectare::ui
