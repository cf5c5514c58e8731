import type { Block } from '@/domain/plan-markdown';

/** One block of the plan document (the summary's), read-only. Text is shown as text. */
export function PlanBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return <p dir="auto">{block.text}</p>;
    case 'note':
      return <p className="hint">{block.text}</p>;
    case 'fields':
      return (
        <dl className="summary-fields">
          {block.items.map((item, i) => (
            <div key={i}>
              <dt>{item.label}</dt>
              <dd dir="auto">{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return (
        <ul className="summary-list">
          {block.items.map((item, i) => (
            <li key={i} dir="auto">
              {item}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div className="table-scroll">
          <table className="summary-table">
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.headers.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" dir="auto">
                        {cell}
                      </th>
                    ) : (
                      <td key={j} dir="auto">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}
