#include "reliability_analysis.h"

#include "session/document_session.h"

#include "reliability/tier3_site.h"
#include "reliability/topology_compile.h"

#include <algorithm>

namespace hectare::ui {

using reliability::CompiledSite;
using reliability::Tier3Component;
using reliability::Tier3Finding;

CheckStatus worse(CheckStatus a, CheckStatus b) { return int(a) >= int(b) ? a : b; }

ReliabilityAnalysis::ReliabilityAnalysis(QObject *parent) : QObject(parent) {}

ReliabilityAnalysis::~ReliabilityAnalysis() = default;

void ReliabilityAnalysis::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // Every edit, undo and redo ends with one capacityChanged, after the signals saying what
        // it touched (a quote edit sends four of those): recompute once per edit.
        connect(m_session, &DocumentSession::capacityChanged, this, &ReliabilityAnalysis::recompute);
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    recompute();
}

DocumentSession *ReliabilityAnalysis::session() const { return m_session; }

void ReliabilityAnalysis::setBasis(reliability::LoadBasis basis)
{
    if (basis == m_basis)
        return;
    m_basis = basis;
    recompute();
}

void ReliabilityAnalysis::recompute()
{
    m_valid = false;
    m_error.clear();
    m_site = CompiledSite{};
    m_report = reliability::Tier3Report{};
    m_asOf = m_session ? m_session->asOf() : QDate();
    if (m_session) {
        const SiteModel &model = m_session->model();
        reliability::CompileOptions options;
        options.load = m_basis;
        options.asOf = m_asOf;
        // Fuel is judged at full load whatever the basis, as Tier III asks (checkSiteTier3).
        Result<reliability::SiteTier3> checked = reliability::checkSiteTier3(model, options);
        if (!checked) {
            m_error = checked.error().text();
        } else if (checked.value().site.network.units.empty()) {
            m_error = tr("the site has no power or cooling plant to check");
        } else {
            m_site = std::move(checked.value().site);
            m_report = std::move(checked.value().report);
            m_valid = true;
        }
    }
    classify();
    Q_EMIT changed();
}

void ReliabilityAnalysis::classify()
{
    const reliability::Network &n = m_site.network;
    const CheckStatus base = m_valid ? CheckStatus::Ok : CheckStatus::NoCheck;
    m_unitStatus.assign(n.units.size(), base);
    m_groupStatus.assign(n.groups.size(), base);
    m_pathStatus.assign(n.paths.size(), base);
    m_sideStatus[0] = m_sideStatus[1] = base;
    if (!m_valid)
        return;

    const auto mark = [this](const Tier3Component &c, CheckStatus status) {
        switch (c.kind) {
        case Tier3Component::Kind::Unit:
            if (c.index >= 0 && std::size_t(c.index) < m_unitStatus.size())
                m_unitStatus[std::size_t(c.index)] = worse(m_unitStatus[std::size_t(c.index)], status);
            break;
        case Tier3Component::Kind::Path:
            if (c.index >= 0 && std::size_t(c.index) < m_pathStatus.size())
                m_pathStatus[std::size_t(c.index)] = worse(m_pathStatus[std::size_t(c.index)], status);
            break;
        case Tier3Component::Kind::Side: {
            CheckStatus &side = m_sideStatus[c.side == reliability::Side::A ? 0 : 1];
            side = worse(side, status);
            break;
        }
        }
    };
    for (const Tier3Finding &f : m_report.violations)
        mark(f.component, CheckStatus::Violation);
    for (const Tier3Finding &f : m_report.singleCorded)
        mark(f.component, CheckStatus::SingleCordedOnly);
    for (const Tier3Finding &f : m_report.singlePointsOfFailure)
        mark(f.component, f.singleCordedOnly ? CheckStatus::SingleCordedOnly : CheckStatus::SinglePointOfFailure);

    for (std::size_t g = 0; g < n.groups.size(); ++g)
        for (int u : n.groups[g].units)
            m_groupStatus[g] = worse(m_groupStatus[g], m_unitStatus[std::size_t(u)]);
    // Generators that are not N+1 fail the site even when no single set's maintenance is modelled.
    const reliability::Tier3GeneratorCheck &gen = m_report.generators;
    if (gen.present && !gen.passed && gen.group >= 0 && std::size_t(gen.group) < m_groupStatus.size())
        m_groupStatus[std::size_t(gen.group)] = worse(m_groupStatus[std::size_t(gen.group)], CheckStatus::Violation);
    // A group short with every unit in is down already: each of its units shows that too.
    for (const reliability::Tier3Shortfall &s : m_report.overloadedGroups)
        if (s.group >= 0 && std::size_t(s.group) < m_groupStatus.size()) {
            m_groupStatus[std::size_t(s.group)] = CheckStatus::Overloaded;
            for (int u : n.groups[std::size_t(s.group)].units)
                m_unitStatus[std::size_t(u)] = CheckStatus::Overloaded;
        }
}

CheckStatus ReliabilityAnalysis::unitStatus(int unit) const
{
    return unit >= 0 && std::size_t(unit) < m_unitStatus.size() ? m_unitStatus[std::size_t(unit)] : CheckStatus::NoCheck;
}

CheckStatus ReliabilityAnalysis::groupStatus(int group) const
{
    return group >= 0 && std::size_t(group) < m_groupStatus.size() ? m_groupStatus[std::size_t(group)] : CheckStatus::NoCheck;
}

CheckStatus ReliabilityAnalysis::statusOf(const QString &kind, Id componentId, int member) const
{
    if (!m_valid)
        return CheckStatus::NoCheck;
    if (kind == QLatin1String(componentKinds::kPath)) {
        const auto it = std::ranges::find(m_site.pathPdu, componentId);
        return it == m_site.pathPdu.end() ? CheckStatus::NoCheck : m_pathStatus[std::size_t(it - m_site.pathPdu.begin())];
    }
    if (kind == QLatin1String(componentKinds::kSide))
        return member == 1 || member == 2 ? m_sideStatus[member - 1] : CheckStatus::NoCheck;
    if (member > 0)
        return unitStatus(m_site.findUnit(kind, componentId, member));
    const std::vector<int> groups = groupsOf(kind, componentId);
    if (groups.empty())
        return CheckStatus::NoCheck;
    CheckStatus status = CheckStatus::Ok;
    for (int g : groups)
        status = worse(status, groupStatus(g));
    return status;
}

std::vector<int> ReliabilityAnalysis::groupsOf(const QString &kind, Id componentId, int member) const
{
    const int unit = member > 0 ? m_site.findUnit(kind, componentId, member) : -1;
    std::vector<int> out;
    for (std::size_t g = 0; g < m_site.groups.size(); ++g) {
        if (m_site.groups[g].kind != kind || m_site.groups[g].componentId != componentId)
            continue;
        if (member > 0 && !std::ranges::count(m_site.network.groups[g].units, unit))
            continue;
        out.push_back(int(g));
    }
    return out;
}

std::vector<int> ReliabilityAnalysis::loadsBehindGroup(int group) const
{
    const reliability::Network &n = m_site.network;
    const auto pathHas = [&](int p) {
        if (p < 0)
            return false;
        const reliability::Path &path = n.paths[std::size_t(p)];
        return std::ranges::count(path.upstream, group) > 0 || std::ranges::count(path.downstream, group) > 0;
    };
    std::vector<int> out;
    for (std::size_t l = 0; l < n.loads.size(); ++l) {
        const reliability::Load &load = n.loads[l];
        const bool cooled = load.cooling >= 0 && std::ranges::count(n.coolings[std::size_t(load.cooling)].groups, group) > 0;
        if (group == n.generators || cooled || pathHas(load.pathA) || pathHas(load.pathB))
            out.push_back(int(l));
    }
    return out;
}

} // namespace hectare::ui
