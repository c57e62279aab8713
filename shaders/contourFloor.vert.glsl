// Contour overlay on the floor: the same (u, v) grid as the surface, laid flat at the bottom of the plot box
// (z = zMin). The fragment shader evaluates f per pixel, so the floor shows the exact level curves of the surface above.
#include "expr.glsl"
#include "plotFrame.glsl"

out vec2 v_domain;
out float v_defined;
out float v_height;
out vec3 v_viewPosition;

void main() {
  vec2 p = plot_domainMin + position.xy * plot_domainSize;
  v_domain = p;
  v_defined = 1.0;
  v_height = plot_zRange.x;
  vec4 viewPosition = modelViewMatrix * vec4(plot_toWorld(vec3(p, plot_zRange.x)), 1.0);
  v_viewPosition = viewPosition.xyz;
  gl_Position = projectionMatrix * viewPosition;
}
