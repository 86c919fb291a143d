import { unpackOutline, type AnnotationOutline } from "@/lib/contracts/outline";
import { stringifyForHtml } from "@/lib/export/json-for-html";
import type { Paragraph } from "@/lib/text/paragraphs";
import { ANNOTATION_STATUSES } from "@/lib/validation/constants";
import { HIGHLIGHT_PRIORITY, highlightName } from "./highlight-layer";
import { EARLY_PAINT_KEY } from "./paint-signature";

/**
 * Paints the status highlights while the page is still loading, before React has hydrated: an
 * inline script placed after the article text registers the same ranges the reader would
 * (StaticRanges, as highlight-layer.ts explains; hydration keeps the text nodes, so they stay
 * valid). On a long article the highlights appear hundreds of milliseconds sooner. The script holds only numbers and fixed names: nothing from a user (and
 * is escaped for HTML all the same, like every JSON the app puts in a page).
 *
 * Data: paragraphs as "start,end" and spans as "start,end,status" in base 36, separated by ";".
 * When it painted every span, it leaves their paintSignature (paint-signature.ts, computed the
 * same way here) on window, and the reader keeps these Highlights rather than building them again.
 * The script must stand alone (it runs before any bundle), so it repeats, in plain ES5, what
 * createStaticRangeFactory and lib/text/paragraphs do; e2e/reading-long.spec.ts checks with every app
 * script blocked that it paints the same spans.
 */
const PAINTER = `(function(p,s,n,q,w){try{
if(!window.CSS||!CSS.highlights||typeof Highlight==="undefined"||typeof StaticRange==="undefined")return;
var b=document.querySelector('[data-testid="article-body"]');if(!b)return;
var el=b.querySelectorAll("[data-paragraph]"),P=[],i,j;
p.split(";").forEach(function(x){var v=x.split(",");P.push([parseInt(v[0],36),parseInt(v[1],36)]);});
if(P.length!==el.length)return;
var T=[];for(i=0;i<el.length;i++){var c=el[i].firstChild;T.push(c&&c.nodeType===3?c:null);}
function first(o){var lo=0,hi=P.length-1;while(lo<hi){var m=(lo+hi+1)>>1;if(P[m][0]<=o)lo=m;else hi=m-1;}return lo;}
function last(e){var lo=0,hi=P.length-1,r=-1;while(lo<=hi){var m=(lo+hi)>>1;if(P[m][0]<e){r=m;lo=m+1;}else hi=m-1;}return r;}
var R=n.map(function(){return[];}),c=0,u=0,all=true;
if(s)s.split(";").forEach(function(x){var v=x.split(","),a=parseInt(v[0],36),e=parseInt(v[1],36),k=parseInt(v[2],36);
c++;u=(u+a*7+e*13+k)%2147483647;
var f=first(a),l=last(e);if(l<f||!T[f]||!T[l]||!R[k]){all=false;return;}
R[k].push(new StaticRange({startContainer:T[f],startOffset:Math.max(0,Math.min(a-P[f][0],T[f].length)),endContainer:T[l],endOffset:Math.min(Math.min(e,P[l][1])-P[l][0],T[l].length)}));});
for(j=0;j<n.length;j++){var h=new Highlight();R[j].forEach(function(r){h.add(r);});h.priority=q[j];CSS.highlights.set(n[j],h);}
if(all)window[w]=c+":"+u;
}catch(_){}})`;

/** `nonce`: this request's CSP script nonce (proxy.ts); without it the browser refuses the script. */
export function EarlyHighlights({
  outline,
  paragraphs,
  nonce,
}: {
  outline: AnnotationOutline;
  paragraphs: readonly Paragraph[];
  nonce?: string;
}) {
  const spans: string[] = [];
  for (const [, status, , , start, end] of unpackOutline(outline.packed))
    if (start >= 0 && end > start)
      spans.push(`${start.toString(36)},${end.toString(36)},${status.toString(36)}`);
  const packedParagraphs = paragraphs
    .map((p) => `${p.start.toString(36)},${p.end.toString(36)}`)
    .join(";");
  const names = ANNOTATION_STATUSES.map(highlightName);
  const priorities = ANNOTATION_STATUSES.map((s) => HIGHLIGHT_PRIORITY[s]);
  const call = `${PAINTER}(${stringifyForHtml(packedParagraphs)},${stringifyForHtml(spans.join(";"))},${stringifyForHtml(names)},${stringifyForHtml(priorities)},${stringifyForHtml(EARLY_PAINT_KEY)});`;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: call }} />;
}
