#pragma once

// Scene-graph materials for map batches. Vertices hold reference-zoom offsets from the batch origin; the shaders
// apply the view (scale, bearing, origin offset) from uniforms, so panning and zooming re-upload nothing.
//
// These are Qt 5.15 OpenGL shaders (QSGMaterialShader). The Qt 6 port replaces them with QSGMaterialShader over
// RHI and .qsb files; the uniforms stay the same.

#include <QColor>
#include <QPointF>
#include <QSGMaterial>

namespace territori::map {

// The view part every map material shares, set once per frame per batch.
struct ViewUniforms
{
    QPointF origin; // batch origin relative to the viewport centre, in screen px, rotated
    QPointF center; // viewport centre in item px
    float scale = 1; // reference px -> screen px
    float cosBearing = 1;
    float sinBearing = 0;
};

class MapMaterial : public QSGMaterial
{
public:
    ViewUniforms view;
    int compare(const QSGMaterial *other) const override;
};

// Polygon fills (triangles) and outlines (lines): one flat colour.
class FillMaterial : public MapMaterial
{
public:
    explicit FillMaterial(const QColor &color);
    QSGMaterialType *type() const override;
    QSGMaterialShader *createShader() const override;
    QColor color;
};

// Lines with a width in screen px, extruded in the vertex shader.
class StrokeMaterial : public MapMaterial
{
public:
    StrokeMaterial(const QColor &color, float width);
    QSGMaterialType *type() const override;
    QSGMaterialShader *createShader() const override;
    QColor color;
    float width;
};

// Round point symbols with a stroke ring, antialiased in the fragment shader.
class PointMaterial : public MapMaterial
{
public:
    PointMaterial(const QColor &fill, const QColor &stroke, float size, float strokeWidth);
    QSGMaterialType *type() const override;
    QSGMaterialShader *createShader() const override;
    QColor fill;
    QColor stroke;
    float size;
    float strokeWidth;
};

} // namespace territori::map
