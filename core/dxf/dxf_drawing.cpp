#include "dxf_drawing.h"

#include "dxf_export.h"
#include "dxf_text.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <dxflib/dl_creationadapter.h>
#include <dxflib/dl_dxf.h>

#include <cmath>
#include <utility>

namespace hectare {
namespace {

// MTEXT carries inline formatting ({\fArial|b1;Name}, \P for a new paragraph …): keep the words.
QString plainMText(QString text)
{
    static const QRegularExpression paragraph(QStringLiteral("\\\\[Pp]"));
    static const QRegularExpression code(QStringLiteral("\\\\[A-OQ-Za-oq-z][^;\\\\{}]*;"));
    static const QRegularExpression stack(QStringLiteral("\\\\S([^;]*);"));
    text.replace(paragraph, QStringLiteral(" "));
    text.replace(stack, QStringLiteral("\\1"));
    text.replace(code, QString());
    text.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    return text.simplified();
}

// Parts of an entity that arrive as entities of their own: not counted.
bool isSubEntity(const std::string &type) { return type == "VERTEX" || type == "SEQEND" || type == "ATTRIB"; }

class DrawingReader : public DL_CreationAdapter
{
public:
    DxfDrawing drawing;
    bool sawSection = false;

    // Every group passes here first: it tells the section and counts each model-space entity by
    // layer and type, whether dxflib understands the type or not.
    void processCodeValuePair(unsigned int code, const std::string &value) override
    {
        if (code == 0) {
            // dxflib reports an entity when the next one begins, so by then this is its type.
            m_entityType = std::exchange(m_nextEntityType, value);
            m_pendingLayer = false;
            if (value == "SECTION") {
                m_expectSectionName = true;
                sawSection = true;
            } else if (value == "ENDSEC") {
                m_section.clear();
            } else if (m_section == "ENTITIES" && !isSubEntity(value)) {
                m_census.push_back({QStringLiteral("0"), QString::fromStdString(value)});
                m_pendingLayer = true;
            }
        } else if (code == 2 && m_expectSectionName) {
            m_section = value;
            m_expectSectionName = false;
        } else if (code == 8 && m_pendingLayer) {
            m_census.back().first = fromDxfText(value);
            m_pendingLayer = false;
        }
    }

    void setVariableInt(const std::string &key, int value, int) override
    {
        if (key == "$INSUNITS")
            drawing.insUnits = value;
    }

    void addLayer(const DL_LayerData &data) override { drawing.layers << fromDxfText(data.name); }

    void addBlock(const DL_BlockData &data) override
    {
        m_block = &drawing.blocks[fromDxfText(data.name)];
        m_block->base = {data.bpx, data.bpy};
    }
    void endBlock() override { m_block = nullptr; }

    void addPolyline(const DL_PolylineData &data) override
    {
        DxfPolyline polyline;
        polyline.layer = layer();
        polyline.type = QString::fromStdString(m_entityType);   // LWPOLYLINE and POLYLINE come through here
        polyline.closedFlag = data.flags & 1;
        polyline.mesh = data.flags & (16 | 64);
        std::vector<DxfPolyline> &owner = m_block ? m_block->polylines : drawing.polylines;
        owner.push_back(polyline);
        m_polylines = &owner;
        m_polylineMirrored = mirrored();   // a POLYLINE's VERTEX entities carry no extrusion of their own
    }

    void addVertex(const DL_VertexData &data) override
    {
        if (!m_polylines || m_polylines->empty())
            return;
        m_polylines->back().vertices.push_back(
            {m_polylineMirrored ? -data.x : data.x, data.y, m_polylineMirrored ? -data.bulge : data.bulge});
    }

    void addLine(const DL_LineData &data) override
    {
        const DxfLine line{layer(), {data.x1, data.y1}, {data.x2, data.y2}};   // LINE is in world coordinates
        (m_block ? m_block->lines : drawing.lines).push_back(line);
    }

    void addCircle(const DL_CircleData &data) override
    {
        const DxfCircle circle{layer(), ocs(data.cx, data.cy), data.radius};
        (m_block ? m_block->circles : drawing.circles).push_back(circle);
    }

    void addText(const DL_TextData &data) override
    {
        if (m_block)
            return;
        // Justified text is placed by its alignment point; left-aligned text by its insertion point.
        const bool aligned = (data.hJustification != 0 || data.vJustification != 0) && !std::isnan(data.apx)
                             && !std::isnan(data.apy);
        drawing.labels.push_back({layer(), QStringLiteral("TEXT"),
                                  aligned ? ocs(data.apx, data.apy) : ocs(data.ipx, data.ipy), fromDxfText(data.text)});
    }

    // dxflib hands over a long MTEXT's text in chunks (group 3) before the entity and its last part.
    void addMTextChunk(const std::string &chunk) override { m_mtextChunks += chunk; }
    void addMText(const DL_MTextData &data) override
    {
        const std::string text = m_mtextChunks + data.text;
        m_mtextChunks.clear();
        if (!m_block)
            drawing.labels.push_back({layer(), QStringLiteral("MTEXT"), ocs(data.ipx, data.ipy), plainMText(fromDxfText(text))});
    }

    void addInsert(const DL_InsertData &data) override
    {
        if (m_block)
            return;
        drawing.inserts.push_back({layer(), fromDxfText(data.name), ocs(data.ipx, data.ipy), data.sx, data.sy,
                                   mirrored() ? -data.angle : data.angle, std::max(1, data.cols),
                                   std::max(1, data.rows)});
    }

    void finish()
    {
        for (const auto &[layerName, type] : m_census)
            ++drawing.census[{layerName, type}];
    }

private:
    QString layer() { return fromDxfText(attributes.getLayer()); }

    // 2D entities are drawn in their own coordinate system; with the extrusion pointing down
    // (a mirrored drawing, common in architects' files) its x axis is the world's −x.
    bool mirrored() { return extrusion && extrusion->getDirection()[2] < 0; }
    PointM ocs(double x, double y) { return {mirrored() ? -x : x, y}; }

    std::string m_section;
    bool m_expectSectionName = false;
    bool m_pendingLayer = false;
    std::vector<std::pair<QString, QString>> m_census;
    DxfBlock *m_block = nullptr;
    std::vector<DxfPolyline> *m_polylines = nullptr;
    bool m_polylineMirrored = false;
    std::string m_entityType;       // the entity being reported
    std::string m_nextEntityType;   // the one being read
    std::string m_mtextChunks;
};

} // namespace

Result<DxfDrawing> readDxfDrawing(const QString &path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Error{path, DxfText::tr("does not exist")};
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, DxfText::tr("cannot be read: %1").arg(file.errorString())};
    const QByteArray head = file.read(32);
    file.close();
    if (head.startsWith("AutoCAD Binary DXF"))
        return Error{path, DxfText::tr("is a binary DXF file; save it from the CAD program as an ASCII DXF")};
    if (head.startsWith("AC10"))
        return Error{path, DxfText::tr("is a DWG drawing, not a DXF file; save it from the CAD program as DXF")};

    DrawingReader reader;
    DL_Dxf dxf;
    if (!dxf.in(QFile::encodeName(path).toStdString(), &reader))
        return Error{path, DxfText::tr("cannot be read")};
    if (!reader.sawSection)
        return Error{path, DxfText::tr("is not a DXF file")};
    reader.finish();
    return std::move(reader.drawing);
}

} // namespace hectare
