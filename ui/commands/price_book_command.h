#pragma once

#include "document_command.h"

#include "model/price_book.h"

namespace hectare::ui {

// An edit of the site's price book (Edit → Price Book…): redo writes `after`, undo writes
// `before`, each the whole book in one transaction; the views hear priceBookChanged.
// The book is checked with the whole model's validation before it is written, so a refusal
// names the item and field ("Price book, item "Full rack": unit price …") rather than the
// file's own constraint.
class EditPriceBookCommand : public DocumentCommand
{
public:
    EditPriceBookCommand(DocumentSession *session, const PriceBook &before, const PriceBook &after, const QString &text);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    Status write(const PriceBook &book);

    PriceBook m_before;
    PriceBook m_after;
};

} // namespace hectare::ui
