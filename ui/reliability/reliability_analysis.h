#pragma once

#include "model/ids.h"
#include "reliability/compiled_site.h"
#include "reliability/tier3_check.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

namespace hectare::ui {

class DocumentSession;

// What the Tier III check says of one component, from the best to the worst: the views colour
// components by it and sort them by it.
enum class CheckStatus {
    NoCheck,                // not a component the check takes out (the utility, a hall)
    Ok,
    SingleCordedOnly,       // taking it out drops single-corded loads only (a transfer switch would carry them)
    SinglePointOfFailure,   // its failure drops load with the grid present
    Violation,              // taking it out for maintenance drops load
    Overloaded,             // groups only: short even with every unit in
};

// Component kinds the views use besides the reliability library's (reliability::kinds): a path
// is named by its PDU's id, a side by member 1 (A) or 2 (B).
namespace componentKinds {
inline const char *const kPath = "path";
inline const char *const kSide = "side";
inline const char *const kUtility = "utility";
inline const char *const kHall = "hall";
} // namespace componentKinds

// The session's site compiled for the reliability views (compileSite) and checked (checkTier3) at
// one load basis and the session's date. It follows the session: every edit that can change the
// plant or the load recompiles it, synchronously (it takes milliseconds), and emits changed().
// Fuel autonomy is always judged at full (design) load, whatever the basis, as Tier III asks.
class ReliabilityAnalysis : public QObject
{
    Q_OBJECT

public:
    explicit ReliabilityAnalysis(QObject *parent = nullptr);
    ~ReliabilityAnalysis() override;

    // nullptr empties it (isValid() false, no error).
    void setSession(DocumentSession *session);
    DocumentSession *session() const;

    reliability::LoadBasis basis() const { return m_basis; }
    void setBasis(reliability::LoadBasis basis);

    // Compiled and checked; else errorText() says why (empty without a session).
    bool isValid() const { return m_valid; }
    QString errorText() const { return m_error; }
    QDate asOf() const { return m_asOf; }
    const reliability::CompiledSite &site() const { return m_site; }
    const reliability::Tier3Report &report() const { return m_report; }

    // Per unit and per group of site().network; NoCheck when not valid or out of range.
    CheckStatus unitStatus(int unit) const;
    CheckStatus groupStatus(int group) const;
    // A document component: `member` (1-based) one unit of it, 0 the whole component (every
    // group it compiled to, e.g. both halves of a 2N group). Paths, sides: their findings.
    CheckStatus statusOf(const QString &kind, Id componentId, int member) const;

    // The network group of (kind, componentId) whose units include `member`; every group of the
    // component for member 0.
    std::vector<int> groupsOf(const QString &kind, Id componentId, int member = 0) const;
    // The loads whose power or cooling runs through the group.
    std::vector<int> loadsBehindGroup(int group) const;

    // Recompiles and rechecks now; emits changed().
    void recompute();

Q_SIGNALS:
    void changed();

private:
    void classify();

    QPointer<DocumentSession> m_session;
    reliability::LoadBasis m_basis = reliability::LoadBasis::Contracted;
    bool m_valid = false;
    QString m_error;
    QDate m_asOf;
    reliability::CompiledSite m_site;
    reliability::Tier3Report m_report;
    std::vector<CheckStatus> m_unitStatus;
    std::vector<CheckStatus> m_groupStatus;
    std::vector<CheckStatus> m_pathStatus;
    CheckStatus m_sideStatus[2] = {CheckStatus::NoCheck, CheckStatus::NoCheck};
};

// The worse of two statuses.
CheckStatus worse(CheckStatus a, CheckStatus b);

} // namespace hectare::ui
