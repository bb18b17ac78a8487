#include "mapmaterials.h"

#include <QOpenGLContext>
#include <QVector4D>
#include <QOpenGLFunctions>
#include <QSGMaterialShader>

namespace territori::map {

namespace {

// The transform every map vertex shader starts with: reference px -> rotated screen px around the viewport centre.
#define TERRITORI_VIEW_GLSL                                                                                           \
    "uniform highp mat4 qt_Matrix;\n"                                                                                  \
    "uniform highp vec2 origin;\n"                                                                                     \
    "uniform highp vec2 center;\n"                                                                                     \
    "uniform highp float scale;\n"                                                                                     \
    "uniform highp vec2 rot;\n"                                                                                        \
    "highp vec2 rotate(highp vec2 p) { return vec2(p.x * rot.x + p.y * rot.y, -p.x * rot.y + p.y * rot.x); }\n"

QVector4D premultiplied(const QColor &c, float opacity = 1)
{
    const float a = float(c.alphaF()) * opacity;
    return QVector4D(float(c.redF()) * a, float(c.greenF()) * a, float(c.blueF()) * a, a);
}

class ViewShader : public QSGMaterialShader
{
public:
    void initialize() override
    {
        m_matrix = program()->uniformLocation("qt_Matrix");
        m_opacity = program()->uniformLocation("qt_Opacity");
        m_origin = program()->uniformLocation("origin");
        m_center = program()->uniformLocation("center");
        m_scale = program()->uniformLocation("scale");
        m_rot = program()->uniformLocation("rot");
    }

    void updateState(const RenderState &state, QSGMaterial *newMaterial, QSGMaterial *) override
    {
        if (state.isMatrixDirty())
            program()->setUniformValue(m_matrix, state.combinedMatrix());
        if (state.isOpacityDirty())
            program()->setUniformValue(m_opacity, state.opacity());
        const ViewUniforms &v = static_cast<MapMaterial *>(newMaterial)->view;
        program()->setUniformValue(m_origin, v.origin);
        program()->setUniformValue(m_center, v.center);
        program()->setUniformValue(m_scale, v.scale);
        program()->setUniformValue(m_rot, QPointF(v.cosBearing, v.sinBearing));
    }

protected:
    int m_matrix = -1, m_opacity = -1, m_origin = -1, m_center = -1, m_scale = -1, m_rot = -1;
};

class FillShader : public ViewShader
{
public:
    const char *vertexShader() const override
    {
        return TERRITORI_VIEW_GLSL "attribute highp vec2 pos;\n"
                                   "void main() {\n"
                                   "  gl_Position = qt_Matrix * vec4(center + origin + rotate(pos * scale), 0.0, 1.0);\n"
                                   "}\n";
    }
    const char *fragmentShader() const override
    {
        return "uniform lowp vec4 color;\n"
               "uniform lowp float qt_Opacity;\n"
               "void main() { gl_FragColor = color * qt_Opacity; }\n";
    }
    char const *const *attributeNames() const override
    {
        static const char *names[] = {"pos", nullptr};
        return names;
    }
    void initialize() override
    {
        ViewShader::initialize();
        m_color = program()->uniformLocation("color");
    }
    void updateState(const RenderState &state, QSGMaterial *newMaterial, QSGMaterial *oldMaterial) override
    {
        ViewShader::updateState(state, newMaterial, oldMaterial);
        program()->setUniformValue(m_color, premultiplied(static_cast<FillMaterial *>(newMaterial)->color));
    }

private:
    int m_color = -1;
};

class StrokeShader : public ViewShader
{
public:
    const char *vertexShader() const override
    {
        return TERRITORI_VIEW_GLSL "attribute highp vec2 pos;\n"
                                   "attribute highp vec2 ext;\n"
                                   "uniform highp float halfWidth;\n"
                                   "void main() {\n"
                                   "  highp vec2 p = center + origin + rotate(pos * scale + ext * halfWidth);\n"
                                   "  gl_Position = qt_Matrix * vec4(p, 0.0, 1.0);\n"
                                   "}\n";
    }
    const char *fragmentShader() const override
    {
        return "uniform lowp vec4 color;\n"
               "uniform lowp float qt_Opacity;\n"
               "void main() { gl_FragColor = color * qt_Opacity; }\n";
    }
    char const *const *attributeNames() const override
    {
        static const char *names[] = {"pos", "ext", nullptr};
        return names;
    }
    void initialize() override
    {
        ViewShader::initialize();
        m_color = program()->uniformLocation("color");
        m_halfWidth = program()->uniformLocation("halfWidth");
    }
    void updateState(const RenderState &state, QSGMaterial *newMaterial, QSGMaterial *oldMaterial) override
    {
        ViewShader::updateState(state, newMaterial, oldMaterial);
        auto *m = static_cast<StrokeMaterial *>(newMaterial);
        program()->setUniformValue(m_color, premultiplied(m->color));
        program()->setUniformValue(m_halfWidth, m->width / 2.0f);
    }

private:
    int m_color = -1, m_halfWidth = -1;
};

class PointShader : public ViewShader
{
public:
    const char *vertexShader() const override
    {
        return TERRITORI_VIEW_GLSL "attribute highp vec2 pos;\n"
                                   "attribute highp vec2 corner;\n"
                                   "uniform highp float radius;\n"
                                   "varying highp vec2 uv;\n"
                                   "void main() {\n"
                                   "  uv = corner;\n"
                                   "  highp vec2 p = center + origin + rotate(pos * scale) + corner * radius;\n"
                                   "  gl_Position = qt_Matrix * vec4(p, 0.0, 1.0);\n"
                                   "}\n";
    }
    const char *fragmentShader() const override
    {
        // aa and ring are fractions of the radius: one pixel of antialiasing, then the stroke ring.
        return "uniform lowp vec4 fill;\n"
               "uniform lowp vec4 stroke;\n"
               "uniform highp float aa;\n"
               "uniform highp float ring;\n"
               "uniform lowp float qt_Opacity;\n"
               "varying highp vec2 uv;\n"
               "void main() {\n"
               "  highp float d = length(uv);\n"
               "  if (d > 1.0) discard;\n"
               "  lowp vec4 c = mix(fill, stroke, smoothstep(1.0 - ring - aa, 1.0 - ring, d));\n"
               "  gl_FragColor = c * (1.0 - smoothstep(1.0 - aa, 1.0, d)) * qt_Opacity;\n"
               "}\n";
    }
    char const *const *attributeNames() const override
    {
        static const char *names[] = {"pos", "corner", nullptr};
        return names;
    }
    void initialize() override
    {
        ViewShader::initialize();
        m_fill = program()->uniformLocation("fill");
        m_stroke = program()->uniformLocation("stroke");
        m_radius = program()->uniformLocation("radius");
        m_aa = program()->uniformLocation("aa");
        m_ring = program()->uniformLocation("ring");
    }
    void updateState(const RenderState &state, QSGMaterial *newMaterial, QSGMaterial *oldMaterial) override
    {
        ViewShader::updateState(state, newMaterial, oldMaterial);
        auto *m = static_cast<PointMaterial *>(newMaterial);
        const float radius = std::max(1.0f, m->size / 2.0f);
        program()->setUniformValue(m_fill, premultiplied(m->fill));
        program()->setUniformValue(m_stroke, premultiplied(m->stroke));
        program()->setUniformValue(m_radius, radius);
        program()->setUniformValue(m_aa, 1.0f / radius);
        program()->setUniformValue(m_ring, std::min(0.9f, m->strokeWidth / radius));
    }

private:
    int m_fill = -1, m_stroke = -1, m_radius = -1, m_aa = -1, m_ring = -1;
};

} // namespace

int MapMaterial::compare(const QSGMaterial *other) const
{
    // Never equal: each batch has its own origin, and the renderer must not merge batches (merging would rewrite
    // vertices on the CPU every frame).
    return this < other ? -1 : (this == other ? 0 : 1);
}

FillMaterial::FillMaterial(const QColor &c) : color(c)
{
    setFlag(Blending, c.alpha() < 255);
    setFlag(RequiresFullMatrix);
}

QSGMaterialType *FillMaterial::type() const
{
    static QSGMaterialType type;
    return &type;
}

QSGMaterialShader *FillMaterial::createShader() const
{
    return new FillShader;
}

StrokeMaterial::StrokeMaterial(const QColor &c, float w) : color(c), width(w)
{
    setFlag(Blending, c.alpha() < 255);
    setFlag(RequiresFullMatrix);
}

QSGMaterialType *StrokeMaterial::type() const
{
    static QSGMaterialType type;
    return &type;
}

QSGMaterialShader *StrokeMaterial::createShader() const
{
    return new StrokeShader;
}

PointMaterial::PointMaterial(const QColor &f, const QColor &s, float sz, float sw)
    : fill(f), stroke(s), size(sz), strokeWidth(sw)
{
    setFlag(Blending); // antialiased edge
    setFlag(RequiresFullMatrix);
}

QSGMaterialType *PointMaterial::type() const
{
    static QSGMaterialType type;
    return &type;
}

QSGMaterialShader *PointMaterial::createShader() const
{
    return new PointShader;
}

} // namespace territori::map
