#include "model_validator.h"

#include <QSet>

namespace hectare {

// Quotes keep their prices and positions as issued, so a converted, cancelled or expired one may
// name positions since removed from the plan. A reserved one holds what it names: its hall and
// every position must exist, in that hall, so removing a held position is refused here.
void ModelValidator::checkQuotes()
{
    QSet<QString> numbers;
    for (const Quote &quote : m_model.quotes) {
        if (full())
            return;
        const QString object = tr("Quote %1").arg(quoted(quote.number));
        if (quote.number.trimmed().isEmpty())
            add(tr("Quote %1").arg(quote.id), tr("number"), tr("must not be empty"));
        else if (numbers.contains(quote.number))
            add(object, tr("number"), tr("is used by another quote"));
        numbers.insert(quote.number);
        if (quote.customer.trimmed().isEmpty())
            add(object, tr("customer"), tr("must not be empty"));
        if (quote.validUntil < quote.issued)
            add(object, tr("valid until"), tr("is before the issue date"));
        for (const QuoteLineRecord &line : quote.lines) {
            if (line.quantity < 0 || line.unitPrice < 0)
                add(object, tr("line %1").arg(quoted(line.label)), tr("quantity and unit price must be 0 or more"));
        }
        if (quote.status != QuoteStatus::Reserved)
            continue;
        const Hall *hall = m_model.hall(quote.hallId);
        if (!hall) {
            add(object, tr("hall"), tr("does not exist; a reserved quote must have a hall"));
            continue;
        }
        for (Id rackId : quote.rackIds) {
            const Rack *rack = m_model.rack(rackId);
            if (!rack)
                add(object, tr("positions"), tr("position %1 it holds no longer exists; cancel the quote first")
                                                  .arg(rackId));
            else if (m_model.hallOfRack(*rack) != hall->id)
                add(object, tr("positions"), tr("position %1 it holds is not in hall %2")
                                                  .arg(quoted(rack->name), quoted(hall->name)));
        }
    }
}

} // namespace hectare
