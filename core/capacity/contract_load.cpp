#include "contract_load.h"

#include <algorithm>

namespace hectare {

bool isCommitted(const Contract &contract, QDate asOf)
{
    const bool sold = contract.status == ContractStatus::Signed || contract.status == ContractStatus::Active;
    const bool running = !contract.end.isValid() || contract.end >= asOf;
    return sold && running;
}

bool isReserved(const Contract &contract) { return contract.status == ContractStatus::Reserved; }

Contract heldAsContract(const Quote &quote)
{
    Contract c;
    c.hallId = quote.hallId;
    c.racks = quote.requirement.racks;
    c.cageM2 = quote.requirement.cageM2;
    c.committedKw = quote.requirement.committedKw();
    c.start = quote.requirement.start;
    c.end = quote.requirement.start.addMonths(quote.requirement.termMonths);
    c.status = ContractStatus::Reserved;
    return c;
}

int wholeMonthsBetween(QDate from, QDate to)
{
    if (to < from)
        return -wholeMonthsBetween(to, from);
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return months;
}

double rampFactor(const Contract &contract, QDate asOf)
{
    if (!contract.start.isValid())
        return 1.0;
    if (asOf < contract.start)
        return 0.0;
    if (contract.rampMonths <= 0)
        return 1.0;
    const double startShare = contract.rampStartPct / 100.0;
    const int months = wholeMonthsBetween(contract.start, asOf);
    const double progress = std::min(1.0, double(months) / contract.rampMonths);
    return startShare + (1.0 - startShare) * progress;
}

double expectedDrawKw(const Contract &contract, QDate asOf)
{
    if (!isCommitted(contract, asOf))
        return 0.0;
    return contract.committedKw * contract.drawRatio * rampFactor(contract, asOf);
}

} // namespace hectare
