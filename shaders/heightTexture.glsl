// The expression chunk of a surface whose heights are data, not a formula: f(x, y) is the bilinear interpolant of an
// n x n float texture (row j = y, column i = x, covering heights_domain = (xMin, yMin, width, height) corner to corner),
// read with texelFetch, so no float-filtering extension is needed. f_x and f_y are central differences of that
// interpolant over one texel, which keeps the per-pixel lighting smooth across cell edges.
// NaN texels (not computed yet) make f NaN, and the surface leaves them out like any undefined value.
uniform highp sampler2D heights_texture;
uniform vec4 heights_domain;

float f(vec2 p) {
  ivec2 size = textureSize(heights_texture, 0);
  vec2 cells = vec2(size - 1);
  vec2 u = clamp((p - heights_domain.xy) / heights_domain.zw, 0.0, 1.0) * cells;
  ivec2 i0 = ivec2(min(floor(u), cells - 1.0));
  vec2 t = u - vec2(i0);
  float h00 = texelFetch(heights_texture, i0, 0).r;
  float h10 = texelFetch(heights_texture, i0 + ivec2(1, 0), 0).r;
  float h01 = texelFetch(heights_texture, i0 + ivec2(0, 1), 0).r;
  float h11 = texelFetch(heights_texture, i0 + ivec2(1, 1), 0).r;
  return mix(mix(h00, h10, t.x), mix(h01, h11, t.x), t.y);
}

vec2 heights_texel() {
  return heights_domain.zw / vec2(textureSize(heights_texture, 0) - 1);
}

float f_x(vec2 p) {
  float dx = heights_texel().x;
  return (f(p + vec2(dx, 0.0)) - f(p - vec2(dx, 0.0))) / (2.0 * dx);
}

float f_y(vec2 p) {
  float dy = heights_texel().y;
  return (f(p + vec2(0.0, dy)) - f(p - vec2(0.0, dy))) / (2.0 * dy);
}
