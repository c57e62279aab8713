// The plot box: math (x, y, z) -> world, world = scale * math + offset per axis (z up).
// The same scale and offset come from PlotTransform on the CPU (src/math/plot/plotTransform.ts), so instruments
// placed by JavaScript land exactly on the displaced surface.
uniform vec2 plot_domainMin;   // (xMin, yMin)
uniform vec2 plot_domainSize;  // (xMax - xMin, yMax - yMin)
uniform vec2 plot_zRange;      // (zMin, zMax): the surface is clipped to this slab
uniform vec3 plot_worldScale;
uniform vec3 plot_worldOffset;

vec3 plot_toWorld(vec3 mathPoint) {
  return plot_worldScale * mathPoint + plot_worldOffset;
}

// Unit world normal of the graph z = f(x, y) from its gradient: the tangents (sx, 0, sz fx) and (0, sy, sz fy)
// crossed give (-sy sz fx, -sx sz fy, sx sy). This is what makes lighting exact per pixel at any mesh resolution.
vec3 plot_normalFromGradient(vec2 gradient) {
  vec3 s = plot_worldScale;
  return normalize(vec3(-s.y * s.z * gradient.x, -s.x * s.z * gradient.y, s.x * s.y));
}
