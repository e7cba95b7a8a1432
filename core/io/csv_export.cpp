#include "csv_export.h"

#include <QLocale>
#include <QString>

#include <initializer_list>
#include <unordered_map>

namespace hectare {
namespace {

// Builds RFC 4180 text one field at a time.
class CsvWriter
{
public:
    explicit CsvWriter(qsizetype expectedBytes) { m_out.reserve(expectedBytes); }

    void header(std::initializer_list<const char *> names)
    {
        for (const char *name : names)
            text(QString::fromLatin1(name));
        endRow();
    }

    void text(const QString &value)
    {
        separate();
        const QByteArray utf8 = value.toUtf8();
        const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
        if (!quote) {
            m_out.append(utf8);
            return;
        }
        m_out.append('"');
        for (char c : utf8) {
            if (c == '"')
                m_out.append('"');
            m_out.append(c);
        }
        m_out.append('"');
    }

    void number(double value)
    {
        separate();
        // 'f' with the shortest round-trip precision: C locale, never an exponent.
        m_out.append(QString::number(value, 'f', QLocale::FloatingPointShortest).toLatin1());
    }

    void number(qint64 value)
    {
        separate();
        m_out.append(QByteArray::number(value));
    }

    void endRow()
    {
        m_out.append("\r\n");
        m_first = true;
    }

    QByteArray take() { return std::move(m_out); }

private:
    void separate()
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
    }

    QByteArray m_out;
    bool m_first = true;
};

template<typename T>
std::unordered_map<Id, const T *> indexById(const std::vector<T> &items)
{
    std::unordered_map<Id, const T *> index;
    index.reserve(items.size());
    for (const T &item : items)
        index.emplace(item.id, &item);
    return index;
}

template<typename T>
QString nameOf(const std::unordered_map<Id, const T *> &index, Id id)
{
    const auto it = index.find(id);
    return it == index.end() ? QString() : it->second->name;
}

} // namespace

QByteArray racksCsv(const SiteModel &model)
{
    const auto halls = indexById(model.halls);
    const auto rows = indexById(model.rows);
    const auto tenants = indexById(model.tenants);
    const auto pdus = indexById(model.pdus);

    CsvWriter csv(qsizetype(model.racks.size() + 1) * 96);
    csv.header({"hall", "row", "rack", "state", "tenant", "design_kw", "max_weight_kg", "width_mm", "depth_mm",
                "height_u", "feed_a", "feed_b"});
    for (const Rack &rack : model.racks) {
        const auto row = rows.find(rack.rowId);
        const Row *r = row == rows.end() ? nullptr : row->second;
        csv.text(r ? nameOf(halls, r->hallId) : QString());
        csv.text(r ? r->name : QString());
        csv.text(rack.name);
        csv.text(toKey(rack.state));
        csv.text(nameOf(tenants, rack.tenantId));
        csv.number(rack.designKw);
        csv.number(rack.maxWeightKg);
        csv.number(rack.widthMm);
        csv.number(rack.depthMm);
        csv.number(qint64(rack.heightU));
        csv.text(nameOf(pdus, rack.feedAPduId));
        csv.text(nameOf(pdus, rack.feedBPduId));
        csv.endRow();
    }
    return csv.take();
}

QByteArray tenantsCsv(const SiteModel &model)
{
    struct Totals
    {
        qint64 contracts = 0;
        qint64 contractedRacks = 0;
        qint64 racksHeld = 0;
        double committedKw = 0;
        double cageM2 = 0;
    };
    // Totals in the tenants' order; one pass over contracts and one over racks.
    std::unordered_map<Id, std::size_t> slot;
    slot.reserve(model.tenants.size());
    for (std::size_t i = 0; i < model.tenants.size(); ++i)
        slot.emplace(model.tenants[i].id, i);
    std::vector<Totals> totals(model.tenants.size());

    for (const Contract &c : model.contracts) {
        const auto it = slot.find(c.tenantId);
        if (it == slot.end() || c.status == ContractStatus::Ended)
            continue;
        Totals &t = totals[it->second];
        ++t.contracts;
        if (c.status == ContractStatus::Signed || c.status == ContractStatus::Active) {
            t.contractedRacks += c.racks;
            t.committedKw += c.committedKw;
            t.cageM2 += c.cageM2;
        }
    }
    for (const Rack &rack : model.racks) {
        if (rack.state != RackState::Reserved && rack.state != RackState::Occupied)
            continue;
        if (const auto it = slot.find(rack.tenantId); it != slot.end())
            ++totals[it->second].racksHeld;
    }

    CsvWriter csv(qsizetype(model.tenants.size() + 1) * 96);
    csv.header({"name", "sector", "contact", "contracts", "contracted_racks", "racks_held", "committed_kw",
                "cage_m2"});
    for (std::size_t i = 0; i < model.tenants.size(); ++i) {
        const Tenant &tenant = model.tenants[i];
        const Totals &t = totals[i];
        csv.text(tenant.name);
        csv.text(tenant.sector);
        csv.text(tenant.contact);
        csv.number(t.contracts);
        csv.number(t.contractedRacks);
        csv.number(t.racksHeld);
        csv.number(t.committedKw);
        csv.number(t.cageM2);
        csv.endRow();
    }
    return csv.take();
}

} // namespace hectare
