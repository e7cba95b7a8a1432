#pragma once

#include "document_command.h"

#include "model/site.h"

namespace hectare::ui {

// An edit of the site's own fields (name, location, clearance rules…): redo writes `after`, undo
// writes `before`, each in one transaction; the views hear siteChanged.
class EditSiteCommand : public DocumentCommand
{
public:
    EditSiteCommand(DocumentSession *session, const Site &before, const Site &after, const QString &text);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    Status write(const Site &site);

    Site m_before;
    Site m_after;
};

} // namespace hectare::ui
