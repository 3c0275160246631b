import './footnotes.css';

/** A translator's note reference in a static cell: its number, as the live editor shows it. */
export function FootnoteMark({ number }: { number: number }) {
  return (
    <sup className="footnote-ref" data-footnote="">
      {number}
    </sup>
  );
}
