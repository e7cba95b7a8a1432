#include "reliability_library.h"

#include "io/json_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace hectare::reliability {
namespace {

const QLatin1StringView kFormat("hectare-reliability-library");
constexpr int kFormatVersion = 1;

// The keys every entry takes, and those only some kinds take (the rest of the file rejects them).
const QStringList kCommonKeys{QStringLiteral("key"),       QStringLiteral("kind"),   QStringLiteral("mtbfHours"),
                              QStringLiteral("mttrHours"), QStringLiteral("source"), QStringLiteral("basis"),
                              QStringLiteral("note")};

QStringList kindKeys(const QString &kind)
{
    if (kind == u"utility-feed")
        return {QStringLiteral("grid")};
    if (kind == u"diesel-generator")
        return {QStringLiteral("failToStart"), QStringLiteral("availabilityOnDemand"), QStringLiteral("startSeconds"),
                QStringLiteral("ratedKw"), QStringLiteral("fuelLitresPerHour")};
    if (kind == u"fuel-tank")
        return {QStringLiteral("refuelLeadHours")};
    if (kind == u"ups-module")
        return {QStringLiteral("batteryFailToSupport")};
    if (kind == u"chiller")
        return {QStringLiteral("capacityDerating")};
    return {};
}

QString number(double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); }

enum class Range { Finite, NotNegative, Positive, Probability };

// Reads one object's fields; the first problem wins and names `m_object` and the field.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString objectName, QString prefix, std::optional<Error> &error)
        : m_object(object), m_name(std::move(objectName)), m_prefix(std::move(prefix)), m_error(error)
    {
    }

    void fail(const QString &field, const QString &message)
    {
        if (!m_error)
            m_error = Error{m_name + QStringLiteral(": ") + m_prefix + field, message};
    }

    // Every key of the object must be in `allowed`.
    void rejectUnknownKeys(const QStringList &allowed, const QString &kind)
    {
        for (const QString &key : m_object.keys())
            if (!allowed.contains(key))
                fail(key, kind.isEmpty() ? QCoreApplication::translate("hectare::Reliability", "unknown key")
                                         : QCoreApplication::translate("hectare::Reliability", "unknown key for a %1 entry (it takes: %2)")
                                               .arg(kind, allowed.join(QStringLiteral(", "))));
    }

    std::optional<QJsonValue> take(const QString &key)
    {
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            fail(key, QCoreApplication::translate("hectare::Reliability", "missing required key"));
            return std::nullopt;
        }
        return *it;
    }

    double numberAt(const QString &key, Range range)
    {
        const std::optional<QJsonValue> value = take(key);
        return value ? checkedNumber(key, *value, range) : 0;
    }

    double checkedNumber(const QString &field, const QJsonValue &value, Range range)
    {
        double d = 0;
        if (const QString problem = json::toNumber(value, d); !problem.isEmpty()) {
            fail(field, problem);
            return 0;
        }
        // Written so that NaN fails each test.
        if (!std::isfinite(d))
            fail(field, QCoreApplication::translate("hectare::Reliability", "must be a finite number (got %1)").arg(number(d)));
        else if (range == Range::NotNegative && !(d >= 0))
            fail(field, QCoreApplication::translate("hectare::Reliability", "must be 0 or more (got %1)").arg(number(d)));
        else if (range == Range::Positive && !(d > 0))
            fail(field, QCoreApplication::translate("hectare::Reliability", "must be greater than 0 (got %1)").arg(number(d)));
        else if (range == Range::Probability && !(d >= 0 && d <= 1))
            fail(field, QCoreApplication::translate("hectare::Reliability", "must be a probability between 0 and 1 (got %1)").arg(number(d)));
        return d;
    }

    QString textAt(const QString &key, bool required)
    {
        if (!required && !m_object.contains(key))
            return {};
        const std::optional<QJsonValue> value = take(key);
        QString text;
        if (!value)
            return text;
        if (const QString problem = json::toText(*value, text); !problem.isEmpty())
            fail(key, problem);
        else if (required && text.trimmed().isEmpty())
            fail(key, QCoreApplication::translate("hectare::Reliability", "must not be empty"));
        return text;
    }

    QJsonObject objectAt(const QString &key)
    {
        const std::optional<QJsonValue> value = take(key);
        if (value && !value->isObject())
            fail(key, QCoreApplication::translate("hectare::Reliability", "expected an object, got %1").arg(json::describe(*value)));
        return value ? value->toObject() : QJsonObject();
    }

    const QString &name() const { return m_name; }
    const QString &prefix() const { return m_prefix; }

private:
    const QJsonObject &m_object;
    QString m_name;
    QString m_prefix;
    std::optional<Error> &m_error;
};

bool near(double a, double b) { return std::abs(a - b) <= 0.01 * std::max(std::abs(a), std::abs(b)); }

GridProfile readGrid(FieldReader &entry, LibraryEntry &out, std::optional<Error> &error)
{
    const QJsonObject object = entry.objectAt(QStringLiteral("grid"));
    FieldReader grid(object, entry.name(), QStringLiteral("grid."), error);
    grid.rejectUnknownKeys({QStringLiteral("outagesPerYear"), QStringLiteral("meanHours"), QStringLiteral("tailShare"),
                            QStringLiteral("tailMeanHours")},
                           {});
    GridProfile profile;
    profile.outagesPerYear = grid.numberAt(QStringLiteral("outagesPerYear"), Range::Positive);
    profile.meanHours = grid.numberAt(QStringLiteral("meanHours"), Range::Positive);
    profile.tailShare = grid.numberAt(QStringLiteral("tailShare"), Range::Probability);
    profile.tailMeanHours = grid.numberAt(QStringLiteral("tailMeanHours"), Range::Positive);
    if (error)
        return profile;
    // MTBF and MTTR say the same as the profile: one truth, checked to 1 %.
    const double meanDuration = profile.meanDurationHours();
    if (!near(out.mttrHours, meanDuration))
        entry.fail(QStringLiteral("mttrHours"), QCoreApplication::translate("hectare::Reliability", "must equal the grid's mean outage duration, %1 h (got %2)")
                                                    .arg(number(meanDuration), number(out.mttrHours)));
    const double cycle = kHoursPerYear / profile.outagesPerYear;
    if (!near(out.mtbfHours + out.mttrHours, cycle))
        entry.fail(QStringLiteral("mtbfHours"), QCoreApplication::translate("hectare::Reliability", "with MTTR must make 8,760 h / outages a year, %1 h (got %2)")
                                                    .arg(number(cycle), number(out.mtbfHours + out.mttrHours)));
    return profile;
}

FuelCurve readFuel(FieldReader &entry, double ratedKw, std::optional<Error> &error)
{
    const QJsonObject object = entry.objectAt(QStringLiteral("fuelLitresPerHour"));
    FieldReader fuel(object, entry.name(), QStringLiteral("fuelLitresPerHour."), error);
    const QStringList keys{QStringLiteral("load25"), QStringLiteral("load50"), QStringLiteral("load75"),
                           QStringLiteral("load100")};
    fuel.rejectUnknownKeys(keys, {});
    FuelCurve curve;
    curve.ratedKw = ratedKw;
    for (int i = 0; i < 4; ++i) {
        curve.litresPerHour[size_t(i)] = fuel.numberAt(keys[i], Range::NotNegative);
        if (i > 0 && !error && curve.litresPerHour[size_t(i)] < curve.litresPerHour[size_t(i - 1)])
            fuel.fail(keys[i], QCoreApplication::translate("hectare::Reliability", "must not be less than at a lower load (%1 L/h)")
                                   .arg(number(curve.litresPerHour[size_t(i - 1)])));
    }
    return curve;
}

DeratingCurve readDerating(FieldReader &entry, const QJsonValue &value)
{
    const QString field = QStringLiteral("capacityDerating");
    DeratingCurve curve;
    if (!value.isArray() || value.toArray().isEmpty()) {
        entry.fail(field, QCoreApplication::translate("hectare::Reliability", "expected a list of [ambient °C, capacity fraction] points, got %1")
                              .arg(json::describe(value)));
        return curve;
    }
    const QJsonArray points = value.toArray();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QString pointField = field + QStringLiteral("[%1]").arg(i);
        const QJsonArray point = points.at(i).toArray();
        if (!points.at(i).isArray() || point.size() != 2) {
            entry.fail(pointField, QCoreApplication::translate("hectare::Reliability", "expected a point [ambient °C, capacity fraction], got %1")
                                       .arg(json::describe(points.at(i))));
            return curve;
        }
        const double ambient = entry.checkedNumber(pointField, point.at(0), Range::Finite);
        const double fraction = entry.checkedNumber(pointField, point.at(1), Range::NotNegative);
        if (!curve.empty() && !(ambient > curve.back().first))
            entry.fail(pointField, QCoreApplication::translate("hectare::Reliability", "ambient temperatures must increase from point to point (%1 °C after %2 °C)")
                                       .arg(number(ambient), number(curve.back().first)));
        curve.emplace_back(ambient, fraction);
    }
    return curve;
}

std::optional<Error> readEntry(const QJsonValue &value, qsizetype index, const QString &where, LibraryEntry &out)
{
    std::optional<Error> error;
    const QString numbered = QCoreApplication::translate("hectare::Reliability", "%1, entry %2").arg(where).arg(index + 1);
    if (!value.isObject())
        return Error{numbered, QCoreApplication::translate("hectare::Reliability", "expected an object, got %1").arg(json::describe(value))};
    const QJsonObject object = value.toObject();

    // Name the entry by its key once it has a usable one.
    static const QRegularExpression keyShape(QStringLiteral("^[a-z][a-z0-9-]*$"));
    const QString key = object.value(QStringLiteral("key")).toString();
    const QString name = keyShape.match(key).hasMatch() ? QCoreApplication::translate("hectare::Reliability", "%1, entry \"%2\"").arg(where, key) : numbered;
    FieldReader entry(object, name, {}, error);
    out.key = entry.textAt(QStringLiteral("key"), true);
    if (!error && !keyShape.match(out.key).hasMatch())
        entry.fail(QStringLiteral("key"), QCoreApplication::translate("hectare::Reliability", "must be lower-case letters, digits and dashes (got \"%1\")").arg(out.key));

    out.kind = entry.textAt(QStringLiteral("kind"), true);
    if (!error && !componentKinds().contains(out.kind))
        entry.fail(QStringLiteral("kind"),
                   json::unknownChoice(QLatin1StringView("kind"), object.value(QStringLiteral("kind")), componentKinds()));
    if (error)
        return error;

    const QStringList specific = kindKeys(out.kind);
    entry.rejectUnknownKeys(kCommonKeys + specific, out.kind);

    out.mtbfHours = entry.numberAt(QStringLiteral("mtbfHours"), Range::Positive);
    out.mttrHours = entry.numberAt(QStringLiteral("mttrHours"), Range::Positive);
    out.source = entry.textAt(QStringLiteral("source"), true);
    const QString basis = entry.textAt(QStringLiteral("basis"), true);
    if (basis == u"published")
        out.basis = Basis::Published;
    else if (basis == u"judgement")
        out.basis = Basis::Judgement;
    else
        entry.fail(QStringLiteral("basis"), json::unknownChoice(QLatin1StringView("basis"), object.value(QStringLiteral("basis")),
                                                               {QStringLiteral("published"), QStringLiteral("judgement")}));
    out.note = entry.textAt(QStringLiteral("note"), false);
    if (error)
        return error;

    if (out.kind == u"utility-feed") {
        out.grid = readGrid(entry, out, error);
    } else if (out.kind == u"diesel-generator") {
        out.failToStart = entry.numberAt(QStringLiteral("failToStart"), Range::Probability);
        out.availabilityOnDemand = entry.numberAt(QStringLiteral("availabilityOnDemand"), Range::Probability);
        out.startSeconds = entry.numberAt(QStringLiteral("startSeconds"), Range::NotNegative);
        const double ratedKw = entry.numberAt(QStringLiteral("ratedKw"), Range::Positive);
        if (!error)
            out.fuel = readFuel(entry, ratedKw, error);
    } else if (out.kind == u"fuel-tank") {
        out.refuelLeadHours = entry.numberAt(QStringLiteral("refuelLeadHours"), Range::NotNegative);
    } else if (out.kind == u"ups-module") {
        out.batteryFailToSupport = entry.numberAt(QStringLiteral("batteryFailToSupport"), Range::Probability);
    } else if (out.kind == u"chiller") {
        if (const std::optional<QJsonValue> curve = entry.take(QStringLiteral("capacityDerating")))
            out.capacityDerating = readDerating(entry, *curve);
    }
    return error;
}

} // namespace

const QStringList &componentKinds()
{
    static const QStringList kinds{
        QStringLiteral("utility-feed"), QStringLiteral("diesel-generator"), QStringLiteral("fuel-tank"),
        QStringLiteral("ats"),          QStringLiteral("static-transfer-switch"), QStringLiteral("lv-breaker"),
        QStringLiteral("lv-switchgear"), QStringLiteral("transformer"),   QStringLiteral("ups-module"),
        QStringLiteral("pdu-rpp"),      QStringLiteral("chiller"),        QStringLiteral("chw-pump"),
        QStringLiteral("cooling-tower"), QStringLiteral("dry-cooler"),    QStringLiteral("crah-crac")};
    return kinds;
}

const LibraryEntry *ReliabilityLibrary::find(QStringView key) const
{
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const LibraryEntry &e) { return e.key == key; });
    return it == entries.end() ? nullptr : &*it;
}

std::vector<const LibraryEntry *> ReliabilityLibrary::ofKind(QStringView kind) const
{
    std::vector<const LibraryEntry *> found;
    for (const LibraryEntry &e : entries)
        if (e.kind == kind)
            found.push_back(&e);
    return found;
}

Result<ReliabilityLibrary> readReliabilityLibrary(const QByteArray &json, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{where, QCoreApplication::translate("hectare::Reliability", "not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    if (!document.isObject())
        return Error{where, QCoreApplication::translate("hectare::Reliability", "expected a JSON object")};
    const QJsonObject root = document.object();

    std::optional<Error> error;
    FieldReader top(root, where, {}, error);
    top.rejectUnknownKeys({QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("description"),
                           QStringLiteral("components")},
                          {});
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        top.fail(QStringLiteral("format"), QCoreApplication::translate("hectare::Reliability", "not a Hectare reliability library (expected \"%1\", got %2)")
                                               .arg(kFormat, json::describe(root.value(QStringLiteral("format")))));
    else if (root.value(QStringLiteral("formatVersion")).toDouble() != kFormatVersion)
        top.fail(QStringLiteral("formatVersion"), QCoreApplication::translate("hectare::Reliability", "version %1 is not supported (expected %2)")
                                                      .arg(json::describe(root.value(QStringLiteral("formatVersion"))))
                                                      .arg(kFormatVersion));
    top.textAt(QStringLiteral("description"), false);
    const std::optional<QJsonValue> components = top.take(QStringLiteral("components"));
    if (components && !components->isArray())
        top.fail(QStringLiteral("components"), QCoreApplication::translate("hectare::Reliability", "expected an array, got %1").arg(json::describe(*components)));
    if (error)
        return *error;

    ReliabilityLibrary library;
    const QJsonArray items = components->toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        LibraryEntry entry;
        if (std::optional<Error> problem = readEntry(items.at(i), i, where, entry))
            return *problem;
        if (library.find(entry.key))
            return Error{QCoreApplication::translate("hectare::Reliability", "%1, entry \"%2\"").arg(where, entry.key) + QStringLiteral(": key"),
                         QCoreApplication::translate("hectare::Reliability", "another entry has the same key")};
        library.entries.push_back(std::move(entry));
    }
    return library;
}

Result<ReliabilityLibrary> bundledReliabilityLibrary()
{
    QFile file(QStringLiteral(":/data/reliability-library.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.fileName(), QCoreApplication::translate("hectare::Reliability", "cannot be read: %1").arg(file.errorString())};
    return readReliabilityLibrary(file.readAll(), file.fileName());
}

double interpolateDerating(const DeratingCurve &curve, double ambientC)
{
    if (curve.empty())
        return 1;
    if (ambientC <= curve.front().first)
        return curve.front().second;
    if (ambientC >= curve.back().first)
        return curve.back().second;
    // The first point above the ambient; the one before it is at or below.
    const auto above = std::upper_bound(curve.begin(), curve.end(), ambientC,
                                        [](double t, const std::pair<double, double> &p) { return t < p.first; });
    const auto below = above - 1;
    const double share = (ambientC - below->first) / (above->first - below->first);
    return below->second + share * (above->second - below->second);
}

double fuelLitresPerHour(const FuelCurve &fuel, double loadFraction)
{
    const double load = std::max(loadFraction, 0.0);
    // Segment i runs from (i + 1) × 25 % to (i + 2) × 25 %; loads outside 25–100 % extend the end segments.
    const int segment = std::clamp(int(std::floor(load / 0.25)) - 1, 0, 2);
    const double from = 0.25 * (segment + 1);
    const double litres = fuel.litresPerHour[size_t(segment)]
                          + (load - from) / 0.25 * (fuel.litresPerHour[size_t(segment + 1)] - fuel.litresPerHour[size_t(segment)]);
    return std::max(litres, 0.0);
}

} // namespace hectare::reliability
