#include "site_commands.h"

#include "session/document_session.h"

#include "store/model_writer.h"

namespace hectare::ui {

EditSiteCommand::EditSiteCommand(DocumentSession *session, const Site &before, const Site &after, const QString &text)
    : DocumentCommand(session, text),
      m_before(before),
      m_after(after)
{
}

Status EditSiteCommand::write(const Site &site)
{
    return session()->apply([site](SqliteConnection &db) { return updateSite(db, site); },
                            DocumentSession::Touched::Site);
}

Status EditSiteCommand::applyRedo() { return write(m_after); }
Status EditSiteCommand::applyUndo() { return write(m_before); }

} // namespace hectare::ui
